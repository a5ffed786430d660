package io.smsauto.matcher.memory;

import io.smsauto.events.EventIds;
import io.smsauto.events.InboundSms;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The parts of one multipart message received so far, in part order.
 *
 * @param since when the first of them was handled: the timeout runs from there
 */
public record WaitingParts(Instant since, List<InboundSms> parts) {

    private static final Comparator<InboundSms> PART_ORDER = Comparator.comparingInt(p -> p.multipart().part());

    public WaitingParts {
        Objects.requireNonNull(since, "since");
        parts = List.copyOf(parts);
    }

    static WaitingParts first(InboundSms part, Instant now) {
        return new WaitingParts(now, List.of(part));
    }

    /** With {@code part} added; unchanged when a part with its number is already here. */
    WaitingParts with(InboundSms part) {
        if (parts.stream().anyMatch(p -> p.multipart().part() == part.multipart().part())) {
            return this;
        }
        List<InboundSms> more = new ArrayList<>(parts);
        more.add(part);
        more.sort(PART_ORDER);
        return new WaitingParts(since, more);
    }

    boolean allReceived() {
        return parts.size() == parts.get(0).multipart().total();
    }

    /**
     * The message the parts make, as if it had come whole: their texts in part order, and as carrier
     * message id the parts' ids joined by {@code +}, so its id is the same however often it is
     * assembled from the same parts, and differs from any other message's even when the carrier
     * reuses the reference.
     */
    InboundSms assemble() {
        InboundSms first = parts.get(0);
        String carrierMessageId = parts.stream().map(InboundSms::carrierMessageId).collect(Collectors.joining("+"));
        String text = parts.stream().map(InboundSms::text).collect(Collectors.joining());
        Instant receivedAt = parts.stream().map(InboundSms::receivedAt).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(null);
        return new InboundSms(EventIds.inboundMessage(first.carrier(), carrierMessageId), first.carrier(),
                carrierMessageId, first.from(), first.to(), text, receivedAt, null);
    }
}
