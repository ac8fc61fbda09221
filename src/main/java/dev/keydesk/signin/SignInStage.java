package dev.keydesk.signin;

/** How far a session's sign-in has come, and so which pages it may open. */
public enum SignInStage {
    /** Nobody is signed in: the views' own access annotations decide. */
    SIGNED_OUT,
    /** The password was right and the person has two-factor sign-in: only the code page. */
    CODE_REQUIRED,
    /** Signed in, but a policy requires two-factor sign-in that the person has not set up: only the Security page. */
    ENROLMENT_REQUIRED,
    /** Nothing more to ask for. */
    COMPLETE
}
