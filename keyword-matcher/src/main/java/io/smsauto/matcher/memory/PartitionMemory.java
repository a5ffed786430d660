package io.smsauto.matcher.memory;

import io.smsauto.events.InboundSms;
import io.smsauto.events.Multipart;
import io.smsauto.matcher.memory.MemoryChange.Forget;
import io.smsauto.matcher.memory.MemoryChange.Seen;
import io.smsauto.matcher.memory.MemoryChange.Waiting;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the matcher remembers about one partition of {@code sms.inbound}: the carrier messages it has
 * handled (for the de-duplication window) and the parts of multipart messages still incomplete.
 * Every decision comes with the {@link MemoryChange}s that let another instance rebuild the same
 * memory from {@code keyword-matcher.state}.
 *
 * <p>Not thread-safe: one partition is handled by one thread. Both maps keep insertion order,
 * which is time order, so expiring looks only at their oldest entries.
 */
public final class PartitionMemory {

    private final Duration dedupeWindow;
    private final Duration multipartTimeout;
    private final Map<String, Instant> handled = new LinkedHashMap<>();
    private final Map<String, WaitingParts> waiting = new LinkedHashMap<>();

    public PartitionMemory(Duration dedupeWindow, Duration multipartTimeout) {
        this.dedupeWindow = dedupeWindow;
        this.multipartTimeout = multipartTimeout;
    }

    /** Replays one change read back from {@code keyword-matcher.state}, oldest first. */
    public void restore(MemoryChange change) {
        if (change instanceof Seen seen) {
            handled.put(seen.key(), seen.at());
        } else if (change instanceof Waiting parts) {
            waiting.put(parts.key(), parts.parts());
        } else {
            handled.remove(change.key());
            waiting.remove(change.key());
        }
    }

    /**
     * One message read from the partition: nothing for a carrier message already handled; a part
     * waits for the others (and completes the message when it is the last); any other message is
     * matched as it is.
     */
    public Step accept(InboundSms sms, Instant now) {
        String seenKey = MemoryKeys.seen(sms);
        if (handled.containsKey(seenKey)) {
            return Step.NOTHING;
        }
        handled.put(seenKey, now);
        List<MemoryChange> changes = new ArrayList<>();
        changes.add(new Seen(seenKey, now));
        if (!isPart(sms.multipart())) {
            return new Step(List.of(sms), changes);
        }
        String partsKey = MemoryKeys.parts(sms);
        WaitingParts before = waiting.get(partsKey);
        WaitingParts after = before == null ? WaitingParts.first(sms, now) : before.with(sms);
        if (!after.allReceived()) {
            waiting.put(partsKey, after);
            changes.add(new Waiting(partsKey, after));
            return new Step(List.of(), changes);
        }
        if (before != null) {
            waiting.remove(partsKey);
            changes.add(new Forget(partsKey));
        }
        return new Step(List.of(after.assemble()), changes);
    }

    /**
     * Multipart messages that waited {@code multipartTimeout} for a part that never came, matched
     * with the parts they have; and handled carrier messages older than the de-duplication window,
     * forgotten.
     */
    public Step expire(Instant now) {
        List<InboundSms> toMatch = new ArrayList<>();
        List<MemoryChange> changes = new ArrayList<>();
        Instant waitedSince = now.minus(multipartTimeout);
        for (Iterator<Map.Entry<String, WaitingParts>> it = waiting.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, WaitingParts> entry = it.next();
            if (entry.getValue().since().isAfter(waitedSince)) {
                break;
            }
            toMatch.add(entry.getValue().assemble());
            changes.add(new Forget(entry.getKey()));
            it.remove();
        }
        Instant handledSince = now.minus(dedupeWindow);
        for (Iterator<Map.Entry<String, Instant>> it = handled.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, Instant> entry = it.next();
            if (entry.getValue().isAfter(handledSince)) {
                break;
            }
            changes.add(new Forget(entry.getKey()));
            it.remove();
        }
        return changes.isEmpty() ? Step.NOTHING : new Step(toMatch, changes);
    }

    /** A carrier message is one part of several only when its multipart information is coherent. */
    private static boolean isPart(Multipart multipart) {
        return multipart != null && multipart.reference() != null && multipart.total() > 1
                && multipart.part() >= 1 && multipart.part() <= multipart.total();
    }
}
