/** Flyway migrations written in Java, found by Flyway in their location like the SQL files beside them. */
@NullMarked
package db.migration.common;

import org.jspecify.annotations.NullMarked;
