@NullMarked
package dev.keydesk.apikey.ui;

import org.jspecify.annotations.NullMarked;
