package dev.keydesk.leak;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The answer for one reported token, in GitHub's format: the token's hash, never the token. */
record TokenLabel(@JsonProperty("token_hash") String tokenHash, @JsonProperty("token_type") String tokenType,
        @JsonProperty("label") String label) {

    static final String TRUE_POSITIVE = "true_positive";
    static final String FALSE_POSITIVE = "false_positive";
}
