/** The Usage page and the usage panel that the support console shows on an account's page. */
@NullMarked
package dev.keydesk.usage.ui;

import org.jspecify.annotations.NullMarked;
