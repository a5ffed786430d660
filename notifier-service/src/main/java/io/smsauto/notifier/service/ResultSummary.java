package io.smsauto.notifier.service;

import io.smsauto.events.ActionRequested;
import io.smsauto.events.ActionResult;
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

    private ResultSummary() {
    }

    /** @param plural what was sent, as in "2 SMS sent", "2 emails sent" */
    public static ActionResult of(ActionRequested request, String plural, List<RecipientSend> sends) {
        if (sends.isEmpty()) {
            return ActionResult.of(request, ResultStatus.FAILED, "no recipients", 1, Instant.now(), List.of());
        }
        ResultStatus status = status(sends);
        String detail = sends.size() == 1 ? sends.get(0).outcome().detail() : count(plural, sends);
        int attempts = sends.stream().mapToInt(send -> send.outcome().attempts()).max().orElse(0);
        return ActionResult.of(request, status, detail, Math.max(attempts, 1), Instant.now(),
                sends.stream().map(RecipientSend::toEvent).toList());
    }

    private static ResultStatus status(List<RecipientSend> sends) {
        if (sends.stream().anyMatch(send -> send.outcome().status() == ResultStatus.FAILED)) {
            return ResultStatus.FAILED;
        }
        return sends.stream().anyMatch(send -> send.outcome().status() == ResultStatus.SUCCEEDED)
                ? ResultStatus.SUCCEEDED : ResultStatus.SKIPPED;
    }

    /** "2 SMS sent", or "3 emails: 1 sent, 1 skipped, 1 failed". */
    private static String count(String plural, List<RecipientSend> sends) {
        Map<ResultStatus, Integer> counts = new TreeMap<>();
        sends.forEach(send -> counts.merge(send.outcome().status(), 1, Integer::sum));
        String total = sends.size() + " " + plural;
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
