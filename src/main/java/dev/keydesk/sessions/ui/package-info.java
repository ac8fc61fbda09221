/** The Security page's "Active sessions" section. */
@NullMarked
package dev.keydesk.sessions.ui;

import org.jspecify.annotations.NullMarked;
