package dev.keydesk.account;

import java.time.Clock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forgets what sign-up no longer needs: expired confirmations (email, password hash) and sign-up records
 * older than the limit's hour (client addresses). Every node may run it: the deletes are idempotent, so
 * running twice deletes nothing twice. Sign-up also drops expired confirmations before its checks.
 */
@Component
class SignUpHousekeeping {

    private final PendingSignUps pendings;
    private final SignUpThrottle throttle;
    private final Clock clock;

    SignUpHousekeeping(PendingSignUps pendings, SignUpThrottle throttle, Clock clock) {
        this.pendings = pendings;
        this.throttle = throttle;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${keydesk.signup.housekeeping-interval}",
            initialDelayString = "${keydesk.signup.housekeeping-interval}")
    @Transactional
    public void forgetExpired() {
        pendings.deleteExpired(clock.instant());
        throttle.forgetOldRecords();
    }
}
