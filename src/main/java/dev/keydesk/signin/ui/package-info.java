/**
 * The dashboard side of two-factor sign-in: the second sign-in step's page, the navigation gate that lets a
 * session reach only what its sign-in stage allows, and the account owner's requirement on the Security page.
 */
@NullMarked
package dev.keydesk.signin.ui;

import org.jspecify.annotations.NullMarked;
