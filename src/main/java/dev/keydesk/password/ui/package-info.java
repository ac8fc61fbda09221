/** The Security page's password section, and the "Forgot password?" and reset pages. */
@NullMarked
package dev.keydesk.password.ui;

import org.jspecify.annotations.NullMarked;
