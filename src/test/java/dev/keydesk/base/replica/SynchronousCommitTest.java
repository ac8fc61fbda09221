package dev.keydesk.base.replica;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

class SynchronousCommitTest {

    private final DriverManagerDataSource h2 = new DriverManagerDataSource("jdbc:h2:mem:sync-" + UUID.randomUUID()
            + ";DB_CLOSE_DELAY=-1");
    private final SynchronousCommit synchronousCommit = new SynchronousCommit(h2);
    private final TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(h2));

    @Test
    void a_key_use_change_outside_a_transaction_is_refused() {
        assertThatThrownBy(synchronousCommit::remoteApply).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_key_use_write_in_a_transaction_that_did_not_ask_to_wait_for_the_replicas_is_refused() {
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> synchronousCommit.requireRemoteApply()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("SynchronousCommit.remoteApply()");
    }

    @Test
    void a_key_use_write_after_asking_passes_and_on_h2_nothing_is_sent_that_h2_would_refuse() {
        assertThatCode(() -> transaction.executeWithoutResult(status -> {
            synchronousCommit.remoteApply();
            synchronousCommit.remoteApply();
            synchronousCommit.requireRemoteApply();
        })).doesNotThrowAnyException();
    }

    @Test
    void a_new_transaction_inside_does_not_inherit_the_wait() {
        TransactionTemplate inner = new TransactionTemplate(transaction.getTransactionManager());
        inner.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            synchronousCommit.remoteApply();
            inner.executeWithoutResult(innerStatus -> synchronousCommit.requireRemoteApply());
        })).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void the_mark_ends_with_its_transaction() {
        transaction.executeWithoutResult(status -> synchronousCommit.remoteApply());
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> synchronousCommit.requireRemoteApply()))
                .isInstanceOf(IllegalStateException.class);
    }
}
