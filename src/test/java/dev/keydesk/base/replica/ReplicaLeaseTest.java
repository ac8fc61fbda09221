package dev.keydesk.base.replica;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class ReplicaLeaseTest {

    private final AtomicLong nanos = new AtomicLong(1_000);
    private final ReplicaLease lease = new ReplicaLease(Duration.ofSeconds(3), nanos::get);

    @Test
    void a_new_lease_is_not_held() {
        assertThat(lease.holds()).isFalse();
    }

    @Test
    void a_lease_counts_from_when_its_question_was_asked_not_answered() {
        long asked = lease.now();
        nanos.addAndGet(Duration.ofSeconds(2).toNanos());
        lease.grant(asked);
        assertThat(lease.holds()).isTrue();
        nanos.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThat(lease.holds()).isFalse();
    }

    @Test
    void a_revoked_lease_is_not_held_before_it_would_have_run_out() {
        lease.grant(lease.now());
        lease.revoke();
        assertThat(lease.holds()).isFalse();
    }
}
