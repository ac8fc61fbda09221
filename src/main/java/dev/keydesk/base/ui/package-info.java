@NullMarked
package dev.keydesk.base.ui;

import org.jspecify.annotations.NullMarked;
