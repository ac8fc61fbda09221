@NullMarked
package dev.keydesk.security;

import org.jspecify.annotations.NullMarked;
