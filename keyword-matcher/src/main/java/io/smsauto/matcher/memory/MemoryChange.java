package io.smsauto.matcher.memory;

import java.time.Instant;

/**
 * One change to what a partition of {@code sms.inbound} remembers: the unit written to
 * {@code keyword-matcher.state} (latest value per key; {@link Forget} is a tombstone) and read back
 * to rebuild a {@link PartitionMemory}.
 */
public sealed interface MemoryChange {

    String key();

    /** The carrier message behind {@link MemoryKeys#seen} was handled at {@code at}. */
    record Seen(String key, Instant at) implements MemoryChange {
    }

    /** The parts of one multipart message received so far. */
    record Waiting(String key, WaitingParts parts) implements MemoryChange {
    }

    /** Nothing to remember under {@code key} any more. */
    record Forget(String key) implements MemoryChange {
    }
}
