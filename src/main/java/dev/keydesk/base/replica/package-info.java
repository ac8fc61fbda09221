/**
 * Key lookups from a streaming replica without weakening revocation: commits that change a key's use wait
 * until every lookup-serving replica has applied them, and a node reads a replica only under a lease that a
 * replica loses before it is ever taken out of the synchronous set. The reasoning: docs/scaling.md,
 * "Replicas and revocation".
 */
@NullMarked
package dev.keydesk.base.replica;

import org.jspecify.annotations.NullMarked;
