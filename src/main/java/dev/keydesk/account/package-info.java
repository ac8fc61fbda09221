@NullMarked
package dev.keydesk.account;

import org.jspecify.annotations.NullMarked;
