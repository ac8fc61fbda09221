package dev.keydesk.twofactor;

/**
 * A started enrolment, for the set-up dialog only: the secret in base32 (to type by hand), the otpauth URI
 * and its QR code as SVG. Not kept anywhere else; the stored copy is encrypted.
 *
 * @param secret base32 without padding
 */
public record Enrolment(String secret, String otpauthUri, String qrSvg) {

    /** The secret in groups of four, as people type it into an app. */
    public String groupedSecret() {
        return secret.replaceAll("(.{4})(?!$)", "$1 ");
    }

    @Override
    public String toString() {
        return "Enrolment[…]";
    }
}
