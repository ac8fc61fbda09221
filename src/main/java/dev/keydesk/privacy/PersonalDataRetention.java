package dev.keydesk.privacy;

import java.time.Clock;
import java.time.Instant;

import dev.keydesk.audit.AuditLog;
import dev.keydesk.signin.SignInRecorder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Forgets client details older than the retention time: activity rows lose their address and user
 * agent (nothing else of an audit row ever changes), and the security log's sign-in attempts are
 * removed (they serve the throttle, which needs minutes, and investigations, which need the retention time).
 */
@Service
public class PersonalDataRetention {

    private static final Logger log = LoggerFactory.getLogger(PersonalDataRetention.class);

    private final AuditLog auditLog;
    private final SignInRecorder signIns;
    private final PrivacyProperties properties;
    private final Clock clock;

    PersonalDataRetention(AuditLog auditLog, SignInRecorder signIns, PrivacyProperties properties, Clock clock) {
        this.auditLog = auditLog;
        this.signIns = signIns;
        this.properties = properties;
        this.clock = clock;
    }

    public void apply() {
        Instant cutoff = clock.instant().minus(properties.retention());
        int activity = auditLog.forgetClientDetailsBefore(cutoff);
        int attempts = signIns.forgetBefore(cutoff);
        log.info("Retention: cleared client details of {} activity rows and removed {} sign-in attempts before {}",
                activity, attempts, cutoff);
    }
}
