package dev.keydesk.apikey;

/**
 * A key just generated, with its secret: the one and only time the secret exists outside the
 * caller's program. Hand it to the person, then drop it.
 */
public record NewApiKey(ApiKeySummary key, String secret) {

    @Override
    public String toString() {
        return "NewApiKey[" + key.name() + ", " + key.hint() + "]";
    }
}
