package dev.keydesk.apikey;

/** How many active keys an account has, out of how many it may have. */
public record KeyQuota(int active, int limit) {

    public boolean isReached() {
        return active >= limit;
    }

    public static String limitMessage(int limit) {
        return "This account has reached its limit of " + limit + " active keys. Delete a key you no longer use "
                + "to generate a new one.";
    }
}
