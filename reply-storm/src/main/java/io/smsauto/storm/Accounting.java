package io.smsauto.storm;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntUnaryOperator;

/**
 * The exactly-once accounting of one storm: every expected effect happened once, nothing else
 * happened. Effects are matched to messages by the sender's number, which is unique per message.
 */
final class Accounting {

    /** What was observed once the storm had drained. */
    record Observed(
            int accepted,
            ResultWatcher.StormResults results,
            Tally smsByRecipient,
            Tally smsByEvent,
            Tally callsBySender,
            Tally callsByEvent,
            Set<String> optedOut,
            Set<String> listMembers,
            Map<String, Integer> historySucceeded) {
    }

    private final StormPlan plan;

    Accounting(StormPlan plan) {
        this.plan = plan;
    }

    List<Check> checks(Observed seen) {
        List<Check> checks = new ArrayList<>();
        checks.add(new Check("webhooks accepted (2xx)", seen.accepted() == plan.messages(),
                seen.accepted() + " of " + plan.messages()));
        checks.add(perMessage("action results per message", i -> seen.results().distinct[i], k -> k.results));
        checks.add(new Check("results: no conflicting repeat", seen.results().conflicting == 0,
                seen.results().repeated + " results repeated on the topic, " + seen.results().conflicting
                        + " with a different outcome, " + seen.results().settled
                        + " outcome-unknown sends settled as SUCCEEDED (" + seen.results().sentAgain.size()
                        + " of them sent again for want of a delivery receipt, the others by their receipt)"));
        checks.add(allSucceeded(seen.results().outcomes));
        checks.add(perMessage("SMS at Vonage per recipient",
                i -> seen.smsByRecipient().count(plan.sender(i)), k -> k.sms));
        checks.add(eachOnce("SMS at Vonage per event id (client-ref)", seen.smsByEvent(), expectedTotal(k -> k.sms)));
        checks.add(perMessage("HTTP calls at the URL target per sender",
                i -> seen.callsBySender().count(plan.sender(i)), k -> k.calls));
        checks.add(eachOnce("HTTP calls per X-Smsauto-Event-Id", seen.callsByEvent(), expectedTotal(k -> k.calls)));
        checks.add(perMessage("opt-outs (contacts.contacts)",
                i -> seen.optedOut().contains(plan.sender(i)) ? 1 : 0, k -> k == Kind.STOP ? 1 : 0));
        checks.add(perMessage("list memberships (contacts.memberships)",
                i -> seen.listMembers().contains(plan.sender(i)) ? 1 : 0, k -> k == Kind.REPLY ? 1 : 0));
        checks.add(perMessage("execution history SUCCEEDED (automation-admin)",
                i -> seen.historySucceeded().getOrDefault(plan.sender(i), 0), k -> k.history));
        return checks;
    }

    /** Compares, message by message, what was seen with what its kind expects. */
    private Check perMessage(String name, IntUnaryOperator seen, KindCount expected) {
        int missing = 0;
        int extra = 0;
        int firstWrong = -1;
        for (int i = 0; i < plan.messages(); i++) {
            int difference = seen.applyAsInt(i) - expected.of(plan.kind(i));
            if (difference != 0 && firstWrong < 0) {
                firstWrong = i;
            }
            missing += Math.max(0, -difference);
            extra += Math.max(0, difference);
        }
        String detail = String.format("expected %d, missing %d, extra %d", expectedTotal(expected), missing, extra);
        if (firstWrong >= 0) {
            detail += String.format(" (first: message %d, %s, %s: %d)", firstWrong, plan.kind(firstWrong),
                    plan.sender(firstWrong), seen.applyAsInt(firstWrong));
        }
        return new Check(name, missing == 0 && extra == 0, detail);
    }

    private static Check eachOnce(String name, Tally tally, int expected) {
        long repeated = tally.repeated();
        return new Check(name, repeated == 0 && tally.distinct() == expected, String.format(
                "expected %d distinct, seen %d distinct in %d requests, %d seen more than once",
                expected, tally.distinct(), tally.total(), repeated));
    }

    private static Check allSucceeded(Map<String, Integer> outcomes) {
        List<String> others = outcomes.entrySet().stream().filter(e -> !e.getKey().startsWith("SUCCEEDED"))
                .map(e -> e.getValue() + " × " + e.getKey()).sorted().toList();
        return new Check("results all SUCCEEDED", others.isEmpty(), others.isEmpty() ? outcomes.toString() : others.toString());
    }

    /** How many actions automation-admin's history must show succeeded once the storm has drained. */
    int expectedHistory() {
        return expectedTotal(k -> k.history);
    }

    private int expectedTotal(KindCount expected) {
        int total = 0;
        for (Kind kind : Kind.values()) {
            total += plan.count(kind) * expected.of(kind);
        }
        return total;
    }

    @FunctionalInterface
    private interface KindCount {
        int of(Kind kind);
    }
}
