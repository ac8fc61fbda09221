/**
 * Moving an installation from the embedded H2 database to PostgreSQL:
 * {@code java -jar keydesk.jar --migrate-to-postgres --from=<H2 data folder>} (see docs/operations.md).
 */
@NullMarked
package dev.keydesk.migration;

import org.jspecify.annotations.NullMarked;
