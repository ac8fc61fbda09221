/**
 * Running Keydesk in production: required settings of the {@code prod} profile, request ids in logs,
 * draining before shutdown, and turning a database outage into a clear 503.
 */
@NullMarked
package dev.keydesk.operations;

import org.jspecify.annotations.NullMarked;
