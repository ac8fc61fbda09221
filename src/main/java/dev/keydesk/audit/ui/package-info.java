@NullMarked
package dev.keydesk.audit.ui;

import org.jspecify.annotations.NullMarked;
