/** The two-factor section of the Security page: enrolment, recovery codes, switching it off. */
@NullMarked
package dev.keydesk.twofactor.ui;

import org.jspecify.annotations.NullMarked;
