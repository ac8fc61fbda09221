@NullMarked
package dev.keydesk.support.ui;

import org.jspecify.annotations.NullMarked;
