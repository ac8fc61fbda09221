package dev.keydesk.apikey.ui;

/** A dialog that may close by handing over to the reveal dialog, which then owns the keyboard focus. */
interface RevealsKey {

    /** Whether it closed because a key is about to be revealed. */
    boolean isRevealing();
}
