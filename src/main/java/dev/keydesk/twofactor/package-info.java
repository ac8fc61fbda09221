/**
 * Second factors of a sign-in: TOTP (RFC 6238) enrolment and checks, one-time recovery codes, and the
 * encryption of TOTP secrets at rest. The sign-in step and the policies that use it live elsewhere and
 * call {@link dev.keydesk.twofactor.TwoFactor}; this package depends on account and audit only.
 */
@NullMarked
package dev.keydesk.twofactor;

import org.jspecify.annotations.NullMarked;
