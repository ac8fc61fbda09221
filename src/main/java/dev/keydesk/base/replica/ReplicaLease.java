package dev.keydesk.base.replica;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * This node's permission to read its replica, on its own monotonic clock. A renewal counts from the moment
 * its question to the primary was sent, not answered, so a lease never outlives, on this node, the fence
 * that the primary recorded after that question: whoever fences waits one lease (plus a margin for clock
 * rate) after the fence committed, and by then this lease has run out (see ReplicaFencing).
 */
final class ReplicaLease {

    private final LongSupplier nanoTime;
    private final long durationNanos;
    private volatile boolean granted;
    private volatile long validUntil;

    ReplicaLease(Duration duration, LongSupplier nanoTime) {
        this.durationNanos = duration.toNanos();
        this.nanoTime = nanoTime;
    }

    long now() {
        return nanoTime.getAsLong();
    }

    /** @param askedAt when the question that granted it was sent ({@link #now()}) */
    void grant(long askedAt) {
        validUntil = askedAt + durationNanos;
        granted = true;
    }

    void revoke() {
        granted = false;
    }

    boolean holds() {
        return granted && nanoTime.getAsLong() - validUntil < 0;
    }
}
