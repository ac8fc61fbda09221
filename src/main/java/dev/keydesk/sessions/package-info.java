/**
 * Active sessions: a row for each signed-in dashboard session (only a hash of its id), so a person sees
 * their sessions and signs the others out, and a password change or reset signs sessions out on every
 * node. Sessions themselves stay servlet sessions on one node behind a sticky load balancer; a filter on
 * each node refuses a session whose row was revoked at its next request.
 */
@NullMarked
package dev.keydesk.sessions;

import org.jspecify.annotations.NullMarked;
