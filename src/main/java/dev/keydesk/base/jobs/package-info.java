/** Scheduled jobs that must run once across all nodes: ShedLock on the shared database. */
@NullMarked
package dev.keydesk.base.jobs;

import org.jspecify.annotations.NullMarked;
