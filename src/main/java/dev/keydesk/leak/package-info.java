/** Secret-scanning reports from code hosts: signature check, deactivation of leaked keys, telling the owner. */
@NullMarked
package dev.keydesk.leak;

import org.jspecify.annotations.NullMarked;
