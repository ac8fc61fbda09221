@NullMarked
package dev.keydesk.account.ui;

import org.jspecify.annotations.NullMarked;
