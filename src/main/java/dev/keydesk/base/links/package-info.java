/** Absolute links to Keydesk (in emails), built from the operator's setting, never from a request. */
@NullMarked
package dev.keydesk.base.links;

import org.jspecify.annotations.NullMarked;
