package dev.keydesk.leak;

import org.jspecify.annotations.Nullable;

/** One entry of a secret-scanning report: the token found, its type, and where it was found. */
record ReportedToken(String token, String type, @Nullable String url, @Nullable String source) {

    @Override
    public String toString() {
        return "ReportedToken[" + type + ", " + url + "]";
    }
}
