/** Each user's stored language and colour scheme, which the shell applies and mails follow. */
@NullMarked
package dev.keydesk.base.preferences;

import org.jspecify.annotations.NullMarked;
