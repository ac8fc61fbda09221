package dev.keydesk.twofactor;

import java.io.ByteArrayOutputStream;
import java.time.Instant;

import dev.keydesk.testsupport.SignedIn;

/** What a person's authenticator app does in tests: reads the base32 secret and shows the code of a time step. */
public final class AuthenticatorApp {

    private final byte[] secret;

    private AuthenticatorApp(byte[] secret) {
        this.secret = secret;
    }

    /** From the secret as the page shows it (groups of four allowed). */
    public static AuthenticatorApp of(String base32) {
        return new AuthenticatorApp(decode(base32.replace(" ", "")));
    }

    /** Sets up two-factor for the user as a person does (start, first code) and returns their app and codes. */
    public static Enrolled enrol(SignedIn signedIn, TwoFactorEnrolment enrolment, String username) {
        AuthenticatorApp app = of(signedIn.as(username, enrolment::start).secret());
        String code = app.codeNow();
        RecoveryCodes codes = signedIn.as(username, () -> enrolment.confirm(code));
        return new Enrolled(app, codes, code);
    }

    /** @param usedCode the code that confirmed the enrolment (used, so refused from now on) */
    public record Enrolled(AuthenticatorApp app, RecoveryCodes codes, String usedCode) {
    }

    public String codeNow() {
        return codeAt(Totp.step(Instant.now()));
    }

    /** The code {@code offset} steps from now (one step is 30 seconds). */
    public String codeInSteps(int offset) {
        return codeAt(Totp.step(Instant.now()) + offset);
    }

    public String codeAt(long step) {
        return Totp.code(secret, step, Totp.DIGITS);
    }

    /** A six-digit code that is not valid in the drift window around now. */
    public String wrongCode() {
        long now = Totp.step(Instant.now());
        for (int candidate = 0; ; candidate++) {
            String code = String.format("%06d", candidate);
            if (!code.equals(codeAt(now - 1)) && !code.equals(codeAt(now)) && !code.equals(codeAt(now + 1))
                    && !code.equals(codeAt(now + 2))) {
                return code;
            }
        }
    }

    private static byte[] decode(String base32) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int buffer = 0;
        int bits = 0;
        for (char c : base32.toUpperCase().toCharArray()) {
            buffer = (buffer << 5) | alphabet.indexOf(c);
            bits += 5;
            if (bits >= 8) {
                bytes.write((buffer >>> (bits - 8)) & 0xff);
                bits -= 8;
            }
        }
        return bytes.toByteArray();
    }
}
