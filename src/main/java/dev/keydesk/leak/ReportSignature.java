package dev.keydesk.leak;

import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;

/** The ECDSA P-256 / SHA-256 signature of a report, checked over the exact bytes that arrived. */
final class ReportSignature {

    private ReportSignature() {
    }

    /** True only when {@code base64Der} is a valid signature of {@code body} by {@code key}. */
    static boolean verifies(PublicKey key, byte[] body, String base64Der) {
        try {
            Signature signature = Signature.getInstance("SHA256withECDSA");
            signature.initVerify(key);
            signature.update(body);
            return signature.verify(Base64.getDecoder().decode(base64Der.strip()));
        } catch (IllegalArgumentException | GeneralSecurityException malformed) {
            return false;
        }
    }
}
