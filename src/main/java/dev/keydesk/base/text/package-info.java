/** Rules for the text people type that other people read: names and reasons. */
@NullMarked
package dev.keydesk.base.text;

import org.jspecify.annotations.NullMarked;
