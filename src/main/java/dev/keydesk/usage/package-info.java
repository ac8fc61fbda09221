/**
 * Usage and cost per key: the model services report events (exactly once by event id), Keydesk keeps daily
 * roll-ups per key, day (UTC), service and unit, and shows them (the keys grid's "Cost (30d)", /usage, the API).
 */
@NullMarked
package dev.keydesk.usage;

import org.jspecify.annotations.NullMarked;
