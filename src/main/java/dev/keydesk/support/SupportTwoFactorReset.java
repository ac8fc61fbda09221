package dev.keydesk.support;

import java.util.Set;
import java.util.UUID;

import dev.keydesk.apikey.SupportReason;
import dev.keydesk.recentsignin.RecentSignIn;
import dev.keydesk.recentsignin.RecentSignIn;
import dev.keydesk.security.Roles;
import dev.keydesk.twofactor.TwoFactorReset;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Support resets a member's two-factor from the account page, with a reason checked by the rules of every
 * support action ({@link SupportReason}); the reset itself, its audit row and the member's mail are
 * {@link TwoFactorReset}'s.
 */
@Service
@RolesAllowed(Roles.SUPPORT)
public class SupportTwoFactorReset {

    private final TwoFactorReset reset;
    private final RecentSignIn recentSignIn;

    SupportTwoFactorReset(TwoFactorReset reset, RecentSignIn recentSignIn) {
        this.reset = reset;
        this.recentSignIn = recentSignIn;
    }

    /** @return false when the member had no two-factor (nothing changed) */
    @Transactional
    public boolean resetMember(UUID accountId, String username, @Nullable String reason) {
        SupportReason why = SupportReason.of(reason);
        recentSignIn.require();
        return reset.resetMemberBySupport(accountId, username, why.value());
    }

    @Transactional(readOnly = true)
    public Set<String> membersWithTwoFactor(UUID accountId) {
        return reset.enrolledMembers(accountId);
    }
}
