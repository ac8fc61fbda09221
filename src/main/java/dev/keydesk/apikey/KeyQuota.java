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

    /** A deactivated key's roll makes it active again, so it needs the free slot a new key would. */
    public static String rollLimitMessage(int limit) {
        return "This account has reached its limit of " + limit + " active keys. Rolling a deactivated key makes "
                + "it active again, so it needs a free slot: delete a key you no longer use first.";
    }
}
