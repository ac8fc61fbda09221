@NullMarked
package dev.keydesk.support;

import org.jspecify.annotations.NullMarked;
