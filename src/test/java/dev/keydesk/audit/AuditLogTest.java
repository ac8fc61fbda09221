package dev.keydesk.audit;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.UUID;

import dev.keydesk.security.Actor;
import dev.keydesk.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.IllegalTransactionStateException;

@IntegrationTest
class AuditLogTest {

    @Autowired
    AuditLog auditLog;

    @Test
    void an_audit_row_cannot_be_written_outside_the_transaction_of_a_change() {
        assertThatExceptionOfType(IllegalTransactionStateException.class)
                .isThrownBy(() -> auditLog.keyEvent(Actor.automatic(null), UUID.randomUUID(), AuditAction.KEY_CREATED,
                        UUID.randomUUID(), "name", "kd_\u2026abcd", null, null));
    }
}
