@NullMarked
package dev.keydesk.audit;

import org.jspecify.annotations.NullMarked;
