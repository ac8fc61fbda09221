package dev.keydesk.twofactor;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Arrays;
import java.util.OptionalLong;
import java.util.UUID;

import dev.keydesk.audit.AuditAction;
import dev.keydesk.security.Actor;
import dev.keydesk.security.CurrentActor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in person switches two-factor on: a new secret (stored encrypted, pending), shown as QR code and
 * text; the first valid code from their app switches it on and returns the recovery codes, shown once.
 */
@Service
public class TwoFactorEnrolment {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final FactorQueries queries;
    private final SecretCipher cipher;
    private final TotpChecks totp;
    private final RecoveryCodeStore recoveryCodes;
    private final TwoFactorEvents events;
    private final CurrentActor currentActor;
    private final TwoFactorProperties properties;
    private final Clock clock;

    TwoFactorEnrolment(FactorQueries queries, SecretCipher cipher, TotpChecks totp, RecoveryCodeStore recoveryCodes,
            TwoFactorEvents events, CurrentActor currentActor, TwoFactorProperties properties, Clock clock) {
        this.queries = queries;
        this.cipher = cipher;
        this.totp = totp;
        this.recoveryCodes = recoveryCodes;
        this.events = events;
        this.currentActor = currentActor;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public TwoFactorStatus status() {
        UUID userId = userId(currentActor.require());
        return queries.find(userId).filter(StoredFactor::enabled)
                .map(factor -> new TwoFactorStatus(factor.enabledAt(), recoveryCodes.remaining(userId)))
                .orElse(new TwoFactorStatus(null, 0));
    }

    /** A new secret for the person's app; replaces a set-up that was never confirmed. */
    @Transactional
    public Enrolment start() {
        Actor actor = currentActor.require();
        UUID userId = userId(actor);
        queries.lockUser(userId);
        if (queries.isEnabled(userId)) {
            throw new TwoFactorException(TwoFactorException.Problem.ALREADY_ENABLED);
        }
        byte[] secret = new byte[Totp.SECRET_BYTES];
        RANDOM.nextBytes(secret);
        try {
            queries.savePending(userId, cipher.encrypt(secret, userId), clock.instant());
            String text = Base32.encode(secret);
            String uri = otpauthUri(actor.username(), text);
            return new Enrolment(text, uri, QrCode.svg(uri, "QR code for your authenticator app"));
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
    }

    /**
     * Switches two-factor on when the code is valid for the pending secret (recorded as "Two-factor enabled");
     * returns the new recovery codes. A wrong code changes nothing.
     */
    @Transactional
    public RecoveryCodes confirm(String code) {
        Actor actor = currentActor.require();
        UUID userId = userId(actor);
        queries.lockUser(userId);
        StoredFactor factor = queries.find(userId)
                .orElseThrow(() -> new TwoFactorException(TwoFactorException.Problem.NO_ENROLMENT));
        if (factor.enabled()) {
            throw new TwoFactorException(TwoFactorException.Problem.ALREADY_ENABLED);
        }
        OptionalLong step = totp.matchingStep(factor, code);
        if (step.isEmpty()) {
            throw new TwoFactorException(TwoFactorException.Problem.WRONG_CODE);
        }
        queries.enable(userId, step.getAsLong(), clock.instant());
        RecoveryCodes codes = recoveryCodes.replace(userId);
        events.record(userId, AuditAction.TWO_FACTOR_ENABLED, userId, actor.label(), null, null);
        return codes;
    }

    /** The URI authenticator apps read from the QR code (Google's Key Uri Format), with the defaults spelled out. */
    String otpauthUri(String username, String secret) {
        String issuer = encode(properties.issuer());
        return "otpauth://totp/" + issuer + ":" + encode(username) + "?secret=" + secret + "&issuer=" + issuer
                + "&algorithm=SHA1&digits=" + Totp.DIGITS + "&period=" + Totp.STEP_SECONDS;
    }

    static UUID userId(Actor actor) {
        if (actor.userId() == null) {
            throw new IllegalStateException("Only a signed-in person has a second factor");
        }
        return actor.userId();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
