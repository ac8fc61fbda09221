/**
 * Sign-in protection: failed password checks counted per username and per client address in the
 * database all nodes share, refusal without a password check while locked, a record of every attempt,
 * and support's view of locks.
 */
@NullMarked
package dev.keydesk.signin;

import org.jspecify.annotations.NullMarked;
