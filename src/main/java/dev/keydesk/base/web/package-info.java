/** Plumbing shared by the JSON endpoints under /api/**: the error body, bounded body reads. No feature logic. */
@NullMarked
package dev.keydesk.base.web;

import org.jspecify.annotations.NullMarked;
