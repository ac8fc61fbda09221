/**
 * Passwords people set themselves: changing one on the Security page (the current one required), and
 * "Forgot password?" (a one-time link by mail, valid 30 minutes). Both keep to the sign-up password policy;
 * a change signs out the person's other sessions, a reset every session.
 */
@NullMarked
package dev.keydesk.password;

import org.jspecify.annotations.NullMarked;
