/** The "Confirm it's you" dialog and the wrapper that views put around a sensitive action. */
@NullMarked
package dev.keydesk.recentsignin.ui;

import org.jspecify.annotations.NullMarked;
