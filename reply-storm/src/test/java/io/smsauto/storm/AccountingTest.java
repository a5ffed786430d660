package io.smsauto.storm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The accounting on a storm of 20 messages: what a perfect run looks like, and each way to get it wrong. */
class AccountingTest {

    private final StormPlan plan = new StormPlan(20, "test");
    private final Accounting accounting = new Accounting(plan);
    private ResultWatcher.StormResults results = new ResultWatcher.StormResults(plan);
    private final Tally smsByRecipient = new Tally();
    private final Tally smsByEvent = new Tally();
    private final Tally callsBySender = new Tally();
    private final Tally callsByEvent = new Tally();
    private final Set<String> optedOut = new HashSet<>();
    private final Set<String> members = new HashSet<>();
    private final Map<String, Integer> history = new HashMap<>();
    private int accepted = 20;

    /** Every effect exactly once. */
    private void perfectRun() {
        for (int i = 0; i < plan.messages(); i++) {
            Kind kind = plan.kind(i);
            recordResults(i, kind.results);
            if (kind.sms > 0) {
                smsByRecipient.record(plan.sender(i));
                smsByEvent.record("sms-" + i);
            }
            if (kind.calls > 0) {
                callsBySender.record(plan.sender(i));
                callsByEvent.record("call-" + i);
            }
            if (kind == Kind.STOP) {
                optedOut.add(plan.sender(i));
            }
            if (kind == Kind.REPLY) {
                members.add(plan.sender(i));
            }
            if (kind.history > 0) {
                history.put(plan.sender(i), kind.history);
            }
        }
    }

    private void recordResults(int index, int count) {
        for (int r = 0; r < count; r++) {
            results.record(index, "event-" + index + "-" + r, "SUCCEEDED " + plan.kind(index), index);
        }
    }

    private List<Check> checks() {
        return accounting.checks(new Accounting.Observed(accepted, results, smsByRecipient, smsByEvent, callsBySender,
                callsByEvent, optedOut, members, history));
    }

    private Check check(String name) {
        return checks().stream().filter(c -> c.name().startsWith(name)).findFirst().orElseThrow();
    }

    @Test
    void aPerfectRunPassesEveryCheck() {
        perfectRun();
        assertTrue(checks().stream().allMatch(Check::passed), checks().toString());
    }

    @Test
    void aDoubledSmsFailsPerRecipientAndPerEventId() {
        perfectRun();
        smsByRecipient.record(plan.sender(0));
        smsByEvent.record("sms-0");
        assertFalse(check("SMS at Vonage per recipient").passed());
        assertTrue(check("SMS at Vonage per recipient").detail().contains("extra 1"));
        assertFalse(check("SMS at Vonage per event id").passed());
    }

    @Test
    void anSmsToASenderThatMatchedNothingIsExtra() {
        perfectRun();
        smsByRecipient.record(plan.sender(9));
        assertTrue(check("SMS at Vonage per recipient").detail().startsWith("expected 16, missing 0, extra 1"),
                check("SMS at Vonage per recipient").detail());
    }

    @Test
    void aLostResultFailsAndNamesTheFirstMessage() {
        perfectRun();
        results = new ResultWatcher.StormResults(plan);
        recordResults(0, 1);
        for (int i = 1; i < plan.messages(); i++) {
            recordResults(i, plan.kind(i).results);
        }
        Check lost = check("action results per message");
        assertFalse(lost.passed());
        assertTrue(lost.detail().startsWith("expected 34, missing 1, extra 0 (first: message 0, REPLY"), lost.detail());
    }

    @Test
    void anActionMissingFromTheHistoryFailsTheHistoryCheck() {
        perfectRun();
        String replier = plan.sender(0);
        history.put(replier, history.get(replier) - 1);

        Check incomplete = check("execution history SUCCEEDED");

        assertFalse(incomplete.passed());
        assertTrue(incomplete.detail().startsWith("expected " + accounting.expectedHistory() + ", missing 1, extra 0"),
                incomplete.detail());
    }

    @Test
    void aRepeatedResultWithTheSameOutcomeIsAllowed() {
        perfectRun();
        results.record(0, "event-0-0", "SUCCEEDED REPLY", 99);
        assertTrue(check("results: no conflicting repeat").passed());
        assertEquals(1, results.repeated);
    }

    @Test
    void aRepeatedResultWithAnotherOutcomeFails() {
        perfectRun();
        results.record(0, "event-0-0", "FAILED REPLY boom", 99);
        assertFalse(check("results: no conflicting repeat").passed());
    }

    @Test
    void anOutcomeUnknownSendSettledByItsDeliveryReceiptCountsAsSucceeded() {
        results.record(0, "unknown", "FAILED SEND_REPLY outcome-unknown: the notifier stopped during the call", 0);
        results.record(0, "unknown", "SUCCEEDED SEND_REPLY", 1);
        results.record(1, "receipt-first", "SUCCEEDED SEND_REPLY", 1);
        results.record(1, "receipt-first", "FAILED SEND_REPLY outcome-unknown: the notifier stopped during the call", 2);

        assertTrue(check("results: no conflicting repeat").passed());
        assertEquals(2, results.settled);
        assertEquals(Map.of("SUCCEEDED SEND_REPLY", 2), results.outcomes);
    }

    @Test
    void anOutcomeUnknownSendStaysUnsettledUntilItsSuccessArrives() {
        results.record(0, "unknown", "FAILED SEND_REPLY outcome-unknown: the notifier stopped during the call", 0);
        results.record(1, "other", "SUCCEEDED SEND_REPLY", 0);
        assertEquals(1, results.unsettled);

        results.record(0, "unknown", "SUCCEEDED SEND_REPLY", 1);

        assertEquals(0, results.unsettled);
    }

    @Test
    void aSuccessAfterARealFailureIsAConflict() {
        results.record(0, "event", "FAILED SEND_REPLY provider said no", 0);
        results.record(0, "event", "SUCCEEDED SEND_REPLY", 1);

        assertFalse(check("results: no conflicting repeat").passed());
        assertEquals(0, results.settled);
    }

    @Test
    void aFailedActionFailsTheStatusCheck() {
        results.record(0, "failed", "FAILED SEND_REPLY provider said no", 0);
        perfectRun();
        assertFalse(check("results all SUCCEEDED").passed());
    }

    @Test
    void aMissingOptOutAndAMissingMemberAreCounted() {
        perfectRun();
        optedOut.remove(plan.sender(6));
        members.remove(plan.sender(0));
        assertTrue(check("opt-outs").detail().startsWith("expected 4, missing 1, extra 0"));
        assertTrue(check("list memberships").detail().startsWith("expected 12, missing 1, extra 0"));
    }

    @Test
    void aDoubledUrlCallFails() {
        perfectRun();
        callsByEvent.record("call-8");
        callsBySender.record(plan.sender(8));
        assertFalse(check("HTTP calls at the URL target per sender").passed());
        assertFalse(check("HTTP calls per X-Smsauto-Event-Id").passed());
    }

    @Test
    void aWebhookNeverAcceptedFails() {
        perfectRun();
        accepted = 19;
        assertFalse(check("webhooks accepted").passed());
    }
}
