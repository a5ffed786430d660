package io.smsauto.notifier.service;

import io.smsauto.events.ActionRequested;
import io.smsauto.events.ActionResult;
import io.smsauto.events.RecipientOutcome;
import io.smsauto.events.ResultStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The one result of an action event, from the outcome of each recipient: FAILED when any failed,
 * else SUCCEEDED when any was sent, else SKIPPED. With one recipient its detail is the action's
 * ({@code opted-out}, {@code loop-guard}, Vonage's reason…); with several, a count.
 */
public final class ResultSummary {

    /** What SMS actions send, for the count in their detail. */
    public static final String SMS = "SMS";

    private ResultSummary() {
    }

    /** @param plural what was sent, as in "2 SMS sent", "2 emails sent" */
    public static ActionResult of(ActionRequested request, String plural, List<RecipientSend> sends) {
        if (sends.isEmpty()) {
            return ActionResult.of(request, ResultStatus.FAILED, "no recipients", 1, Instant.now(), List.of());
        }
        List<RecipientOutcome> recipients = sends.stream().map(RecipientSend::toEvent).toList();
        int attempts = sends.stream().mapToInt(send -> send.outcome().attempts()).max().orElse(0);
        return ActionResult.of(request, status(recipients), detail(plural, recipients), Math.max(attempts, 1),
                Instant.now(), recipients);
    }

    /**
     * {@code published} with the outcome of {@code revised.recipient()} replaced, its status and detail
     * summed up again: the same attempt, finished later than {@code published}, so that it replaces
     * it wherever the result of the later (attempt, finishedAt) is kept.
     */
    public static ActionResult revised(ActionResult published, String plural, RecipientOutcome revised) {
        List<RecipientOutcome> recipients = published.recipients().stream()
                .map(outcome -> outcome.recipient().equals(revised.recipient()) ? revised : outcome).toList();
        Instant later = published.finishedAt() == null ? Instant.now()
                : max(Instant.now(), published.finishedAt().plusMillis(1));
        return new ActionResult(published.eventId(), published.actionType(), published.automationId(),
                published.actionId(), published.contact(), status(recipients), detail(plural, recipients),
                published.attempt(), later, recipients);
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static ResultStatus status(List<RecipientOutcome> recipients) {
        if (recipients.stream().anyMatch(outcome -> outcome.status() == ResultStatus.FAILED)) {
            return ResultStatus.FAILED;
        }
        return recipients.stream().anyMatch(outcome -> outcome.status() == ResultStatus.SUCCEEDED)
                ? ResultStatus.SUCCEEDED : ResultStatus.SKIPPED;
    }

    private static String detail(String plural, List<RecipientOutcome> recipients) {
        return recipients.size() == 1 ? recipients.get(0).detail() : count(plural, recipients);
    }

    /** "2 SMS sent", or "3 emails: 1 sent, 1 skipped, 1 failed". */
    private static String count(String plural, List<RecipientOutcome> recipients) {
        Map<ResultStatus, Integer> counts = new TreeMap<>();
        recipients.forEach(outcome -> counts.merge(outcome.status(), 1, Integer::sum));
        String total = recipients.size() + " " + plural;
        List<String> parts = new ArrayList<>();
        counts.forEach((status, count) -> parts.add(count + " " + word(status)));
        return counts.size() == 1 ? total + " " + word(counts.keySet().iterator().next())
                : total + ": " + String.join(", ", parts);
    }

    private static String word(ResultStatus status) {
        return switch (status) {
            case SUCCEEDED -> "sent";
            case SKIPPED -> "skipped";
            case FAILED -> "failed";
        };
    }
}
