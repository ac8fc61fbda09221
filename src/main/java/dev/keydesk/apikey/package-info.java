@NullMarked
package dev.keydesk.apikey;

import org.jspecify.annotations.NullMarked;
