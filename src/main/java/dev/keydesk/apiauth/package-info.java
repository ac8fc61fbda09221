@NullMarked
package dev.keydesk.apiauth;

import org.jspecify.annotations.NullMarked;
