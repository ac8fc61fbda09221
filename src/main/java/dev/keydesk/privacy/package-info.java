/** Limited retention of personal data (LGPD, GDPR): client addresses and user agents are kept only so long. */
@NullMarked
package dev.keydesk.privacy;

import org.jspecify.annotations.NullMarked;
