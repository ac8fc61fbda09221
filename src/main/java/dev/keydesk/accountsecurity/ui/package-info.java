/**
 * The signed-in person's Security page: it composes the sections of the features that protect a
 * sign-in (two-factor, password, sessions), so none of them depends on the others' views.
 */
@NullMarked
package dev.keydesk.accountsecurity.ui;

import org.jspecify.annotations.NullMarked;
