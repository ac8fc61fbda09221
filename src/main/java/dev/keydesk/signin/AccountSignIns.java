package dev.keydesk.signin;

import java.util.List;

/** What support sees of an account's members' sign-ins: current locks and the latest failures. */
public record AccountSignIns(List<UserLock> locks, List<FailedSignIn> recentFailures) {

    public AccountSignIns {
        locks = List.copyOf(locks);
        recentFailures = List.copyOf(recentFailures);
    }
}
