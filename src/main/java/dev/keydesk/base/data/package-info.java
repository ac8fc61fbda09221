@NullMarked
package dev.keydesk.base.data;

import org.jspecify.annotations.NullMarked;
