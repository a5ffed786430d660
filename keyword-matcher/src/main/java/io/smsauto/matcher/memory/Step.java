package io.smsauto.matcher.memory;

import io.smsauto.events.InboundSms;
import java.util.List;

/**
 * What a {@link PartitionMemory} decided: the messages to match now (whole, reassembled or timed
 * out) and the changes to write to {@code keyword-matcher.state} with their events.
 */
public record Step(List<InboundSms> toMatch, List<MemoryChange> changes) {

    static final Step NOTHING = new Step(List.of(), List.of());

    public boolean isEmpty() {
        return toMatch.isEmpty() && changes.isEmpty();
    }
}
