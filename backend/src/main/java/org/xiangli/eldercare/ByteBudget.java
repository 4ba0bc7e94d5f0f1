package org.xiangli.eldercare;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The bytes the ingestion queues may hold, all writers together. A payload costs its size plus a
 * fixed overhead for what is kept with it (at most the whole budget, so one large payload still
 * passes alone); taking a cost blocks while the budget is spent, which is the back-pressure on the
 * receivers.
 */
final class ByteBudget {

    /** Bytes counted per payload beside the payload itself: the parsed event and its bookkeeping. */
    static final int OVERHEAD = 512;

    private final long limit;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition freed = lock.newCondition();
    private long used;

    ByteBudget(long limit) {
        if (limit < OVERHEAD) {
            throw new IllegalArgumentException("the ingestion byte budget must be at least " + OVERHEAD + " bytes");
        }
        this.limit = limit;
    }

    long cost(int payloadBytes) {
        return Math.min(limit, (long) payloadBytes + OVERHEAD);
    }

    /** Takes the payload's cost, waiting while the budget is spent. */
    void take(int payloadBytes) throws InterruptedException {
        long cost = cost(payloadBytes);
        lock.lockInterruptibly();
        try {
            while (used + cost > limit) {
                freed.await();
            }
            used += cost;
        } finally {
            lock.unlock();
        }
    }

    /** Gives the payload's cost back once it is settled (stored, refused or dropped). */
    void giveBack(int payloadBytes) {
        long cost = cost(payloadBytes);
        lock.lock();
        try {
            used = Math.max(0, used - cost);
            freed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    long used() {
        lock.lock();
        try {
            return used;
        } finally {
            lock.unlock();
        }
    }

    long limit() {
        return limit;
    }
}
