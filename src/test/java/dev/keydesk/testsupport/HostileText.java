package dev.keydesk.testsupport;

/** Inputs an attacker types into name and reason fields, shared by the hostile-input tests. */
public final class HostileText {

    public static final String CONTROL = "Remove line breaks and other control characters.";
    public static final String RLO_MESSAGE =
            "Remove the text-direction character U+202E: it makes text read differently from what it is.";
    public static final String LRI_MESSAGE =
            "Remove the text-direction character U+2066: it makes text read differently from what it is.";

    /** "‮txt.exe‬ invoice" displays as "exe.txt invoice". */
    public static final String RIGHT_TO_LEFT_OVERRIDE = "\u202Etxt.exe\u202C invoice";
    public static final String ISOLATE = "\u2066prod\u2069 key";
    public static final String HTML = "<img src=x onerror=alert(1)><script>alert(2)</script>";
    public static final String SQL = "x'); drop table api_key; --";
    public static final String NUL = "nul\u0000byte";
    public static final String ANSI_ESCAPE = "esc\u001B[31mred";

    private HostileText() {
    }

    public static String invisible(int codePoint) {
        return "Remove the invisible character " + String.format("U+%04X", codePoint) + ".";
    }
}
