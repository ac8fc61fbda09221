@NullMarked
package dev.keydesk.testsupport;

import org.jspecify.annotations.NullMarked;
