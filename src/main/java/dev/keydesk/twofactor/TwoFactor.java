package dev.keydesk.twofactor;

import java.util.Optional;
import java.util.UUID;

import dev.keydesk.account.UserContact;
import dev.keydesk.account.UserContacts;
import dev.keydesk.audit.AuditAction;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The checks the sign-in step (and the recent sign-in dialog) call: is the user enrolled, is this code
 * valid, spend this recovery code. They take the user's id because they run before the sign-in is complete;
 * the caller throttles attempts. A valid code works once: its time step is spent with it.
 */
@Service
public class TwoFactor {

    private final FactorQueries queries;
    private final TotpChecks totp;
    private final RecoveryCodeStore recoveryCodes;
    private final TwoFactorEvents events;
    private final UserContacts users;

    TwoFactor(FactorQueries queries, TotpChecks totp, RecoveryCodeStore recoveryCodes, TwoFactorEvents events,
            UserContacts users) {
        this.queries = queries;
        this.totp = totp;
        this.recoveryCodes = recoveryCodes;
        this.events = events;
        this.users = users;
    }

    /** True once the user confirmed an enrolment with a code (a set-up still waiting for its code does not count). */
    @Transactional(readOnly = true)
    public boolean isEnrolled(UUID userId) {
        return queries.isEnabled(userId);
    }

    /**
     * True when the code is the user's current TOTP code (one 30-second step of drift either way) and no code
     * of that step or a later one was accepted before; false for anything else, a user without two-factor
     * included.
     */
    @Transactional
    public boolean verifyCode(UUID userId, String code) {
        return queries.find(userId).filter(StoredFactor::enabled)
                .map(factor -> totp.checkAndSpend(factor, code))
                .orElse(false);
    }

    /**
     * Spends one of the user's recovery codes (recorded as "Recovery code used"); false when it is not one of
     * their unused codes. Typed case and spaces do not matter.
     */
    @Transactional
    public boolean useRecoveryCode(UUID userId, String code) {
        if (!queries.isEnabled(userId) || !recoveryCodes.spend(userId, code)) {
            return false;
        }
        int left = recoveryCodes.remaining(userId);
        Optional<UserContact> user = users.byId(userId);
        String who = user.map(u -> u.support() ? "Support: " + u.username() : u.username()).orElse("Unknown user");
        events.record(userId, AuditAction.RECOVERY_CODE_USED, userId, who,
                left == 1 ? "1 recovery code left" : left + " recovery codes left", null);
        return true;
    }

    @Transactional(readOnly = true)
    public int remainingRecoveryCodes(UUID userId) {
        return recoveryCodes.remaining(userId);
    }
}
