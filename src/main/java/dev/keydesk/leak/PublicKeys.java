package dev.keydesk.leak;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads trusted public keys in the format GitHub publishes them:
 * {@code {"public_keys": [{"key_identifier": "…", "key": "-----BEGIN PUBLIC KEY-----…", "is_current": true}]}}.
 * Every listed key is trusted, current or not: a key stops signing before it stops being listed.
 */
final class PublicKeys {

    private static final Logger log = LoggerFactory.getLogger(PublicKeys.class);

    private PublicKeys() {
    }

    /** The keys of a list by identifier; an entry that cannot be read is skipped with a warning. */
    static Map<String, PublicKey> parseList(JsonMapper mapper, byte[] json, String origin) {
        JsonNode keys;
        try {
            keys = mapper.readTree(json).path("public_keys");
        } catch (JacksonException e) {
            throw new IllegalArgumentException("The trusted key list from " + origin + " is not JSON.");
        }
        if (!keys.isArray()) {
            throw new IllegalArgumentException("The trusted key list from " + origin
                    + " has no \"public_keys\" array.");
        }
        Map<String, PublicKey> byIdentifier = new LinkedHashMap<>();
        for (JsonNode entry : keys) {
            String identifier = entry.path("key_identifier").asString("");
            try {
                if (identifier.isBlank()) {
                    throw new IllegalArgumentException("an entry has no key_identifier");
                }
                byIdentifier.put(identifier, parseKey(entry.path("key").asString("")));
            } catch (IllegalArgumentException e) {
                log.warn("Skipping a trusted key from {} ({}): {}", origin, identifier, e.getMessage());
            }
        }
        return byIdentifier;
    }

    /** An ECDSA P-256 public key from PEM ("BEGIN PUBLIC KEY") or from its bare base64 DER. */
    static PublicKey parseKey(String pemOrBase64) {
        String base64 = pemOrBase64.replace("-----BEGIN PUBLIC KEY-----", "")
                .replace("-----END PUBLIC KEY-----", "")
                .replaceAll("\\s", "");
        try {
            PublicKey key = KeyFactory.getInstance("EC")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
            if (!(key instanceof ECPublicKey ec) || ec.getParams().getCurve().getField().getFieldSize() != 256) {
                throw new IllegalArgumentException("not a P-256 key");
            }
            return key;
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an EC public key");
        }
    }
}
