package dev.keydesk.recentsignin;

import org.springframework.security.access.AccessDeniedException;

/**
 * A sensitive action was refused because the last sign-in is too old; views answer it with the "Confirm
 * it's you" dialog and then try the action again. Nothing was changed.
 */
public class RecentSignInRequiredException extends AccessDeniedException {

    RecentSignInRequiredException() {
        super("Sign in again to do this: the last sign-in is too long ago.");
    }
}
