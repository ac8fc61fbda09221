package dev.keydesk.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import dev.keydesk.security.CurrentActor;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Self-service sign-up. Without mail, a new account and its owner at once. With mail, the form always
 * answers "We sent a confirmation to …": a new address gets a one-time link and the account exists only
 * once it is opened; an address that already belongs to a user gets "someone tried to sign up with your
 * address" instead, so the form never tells whose address is known. Either way at most
 * {@code keydesk.signup.max-per-address-per-hour} sign-ups per client network.
 */
@Service
public class Registration {

    public static final int USERNAME_MIN_LENGTH = Username.MIN_LENGTH;
    public static final int USERNAME_MAX_LENGTH = Username.MAX_LENGTH;
    public static final int EMAIL_MAX_LENGTH = EmailAddress.MAX_LENGTH;
    static final String USERNAME_TAKEN = SignUpChecks.USERNAME_TAKEN;

    private final SignUpChecks checks;
    private final SignUpThrottle throttle;
    private final PendingSignUps pendings;
    private final UserProvisioning provisioning;
    private final SignUpMailer mailer;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Duration confirmationValidFor;

    Registration(SignUpChecks checks, SignUpThrottle throttle, PendingSignUps pendings,
            UserProvisioning provisioning, SignUpMailer mailer, PasswordEncoder passwordEncoder,
            ApplicationEventPublisher events, TransactionTemplate transactions, Clock clock,
            SignUpProperties properties) {
        this.checks = checks;
        this.throttle = throttle;
        this.pendings = pendings;
        this.provisioning = provisioning;
        this.mailer = mailer;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
        this.confirmationValidFor = properties.confirmationValidFor();
    }

    /**
     * Signs up, or refuses with a message per wrong field ({@link SignUpRefusedException}) or because the
     * client's network signed up too often ({@link SignUpLimitReachedException}); nothing is saved then.
     */
    public SignUpResult register(SignUp form) {
        try {
            return transactions.execute(status -> attempt(form));
        } catch (DuplicateKeyException raceLost) {
            // A concurrent sign-up took a name between our checks and our insert; checked again, it shows.
            transactions.executeWithoutResult(status -> checks.check(form, !mailer.mailConfigured()));
            throw SignUpRefusedException.of(SignUpField.USERNAME, SignUpProblem.USERNAME_TAKEN);
        }
    }

    /** Opens a confirmation link: creates the account it stands for, once, while the link is valid. */
    public SignUpConfirmation confirm(@Nullable String token) {
        if (token == null || token.isEmpty() || token.length() > ConfirmationTokens.MAX_LENGTH) {
            return new SignUpConfirmation.Invalid();
        }
        try {
            return transactions.execute(status -> confirmOnce(token));
        } catch (DuplicateKeyException raceLost) {
            return new SignUpConfirmation.NameTaken();
        }
    }

    private SignUpResult attempt(SignUp form) {
        Instant now = clock.instant();
        pendings.deleteExpired(now);
        boolean mail = mailer.mailConfigured();
        CheckedSignUp signUp = checks.check(form, !mail);
        throttle.acquire(ClientNetwork.of(CurrentActor.remoteAddress()));
        // Hashed on every path, so a known address does not answer faster than a new one.
        String passwordHash = passwordEncoder.encode(form.password());
        if (!mail) {
            return new SignUpResult.AccountCreated(provisioning.createSignedUpAccount(signUp, passwordHash, form.language()));
        }
        if (checks.emailUsed(signUp.email())) {
            events.publishEvent(new SignUpMail.AddressAlreadyUsed(signUp.email().value()));
        } else {
            String token = ConfirmationTokens.generate();
            pendings.insert(new PendingSignUp(UUID.randomUUID(), ConfirmationTokens.hash(token),
                    signUp.organization(), signUp.username(), signUp.email(), passwordHash, now,
                    now.plus(confirmationValidFor), form.language()));
            events.publishEvent(new SignUpMail.ConfirmAccount(signUp.email().value(), token, form.language()));
        }
        return new SignUpResult.ConfirmationSent(signUp.email().value());
    }

    private SignUpConfirmation confirmOnce(String token) {
        PendingSignUp pending = pendings.lockByTokenHash(ConfirmationTokens.hash(token)).orElse(null);
        if (pending == null) {
            return new SignUpConfirmation.Invalid();
        }
        pendings.delete(pending.id());
        if (!pending.expiresAt().isAfter(clock.instant())) {
            return new SignUpConfirmation.Invalid();
        }
        CheckedSignUp signUp = new CheckedSignUp(pending.organization(), pending.email(), pending.username());
        if (checks.taken(signUp)) {
            return new SignUpConfirmation.NameTaken();
        }
        provisioning.createSignedUpAccount(signUp, pending.passwordHash(), pending.language());
        return new SignUpConfirmation.Confirmed(pending.username().value());
    }
}
