package io.smsauto.dispatcher.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smsauto.dispatcher.client.BlockedTargetException;
import io.smsauto.dispatcher.client.HttpReply;
import io.smsauto.dispatcher.service.AttemptOutcome.Verdict;
import java.net.ConnectException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class OutcomeClassifierTest {

    private static final Instant NOW = Instant.parse("2026-11-24T09:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @ParameterizedTest(name = "HTTP {0} is {1}")
    @CsvSource({"200, SUCCEEDED", "201, SUCCEEDED", "204, SUCCEEDED", "301, PERMANENT", "302, PERMANENT",
            "400, PERMANENT", "401, PERMANENT", "404, PERMANENT", "408, PERMANENT", "422, PERMANENT",
            "429, RETRYABLE", "500, RETRYABLE", "502, RETRYABLE", "503, RETRYABLE", "504, RETRYABLE"})
    void statusDecidesWhetherToRetry(int status, Verdict verdict) {
        AttemptOutcome outcome = OutcomeClassifier.of(new HttpReply(status, null, ""), 12, CLOCK);

        assertEquals(verdict, outcome.verdict());
        assertEquals(status, outcome.httpStatus());
        assertEquals(12L, outcome.callMillis());
    }

    @Test
    void aFailureNamesTheStatusAndTheStartOfTheBody() {
        AttemptOutcome outcome = OutcomeClassifier.of(new HttpReply(404, null, " no such hook \n"), 3, CLOCK);

        assertEquals("HTTP 404: no such hook", outcome.error());
    }

    @Test
    void aRedirectSaysItWasNotFollowed() {
        assertTrue(OutcomeClassifier.of(new HttpReply(302, null, ""), 3, CLOCK).error().contains("not followed"));
    }

    @Test
    void connectErrorsAndTimeoutsAreRetried() {
        assertEquals(Verdict.RETRYABLE, OutcomeClassifier.of(new ConnectException("Connection refused"), 1).verdict());
        assertEquals(Verdict.RETRYABLE, OutcomeClassifier.of(new TimeoutException("timeout"), 10_000).verdict());
    }

    @Test
    void aBlockedTargetIsNeverCalledNorRetried() {
        AttemptOutcome outcome = OutcomeClassifier.of(new BlockedTargetException("blocked: x"), 1);

        assertEquals(Verdict.PERMANENT, outcome.verdict());
        assertNull(outcome.callMillis());
    }

    @ParameterizedTest(name = "Retry-After: {0}")
    @CsvSource(delimiter = '|', value = {"120 | PT2M", "0 | PT0S", "-5 | PT0S",
            "Tue, 24 Nov 2026 09:01:30 GMT | PT1M30S", "Tue, 24 Nov 2026 08:00:00 GMT | PT0S"})
    void retryAfterIsReadAsSecondsOrAsADate(String header, Duration expected) {
        assertEquals(expected, OutcomeClassifier.retryAfter(header, NOW));
    }

    @Test
    void anUnreadableRetryAfterIsIgnored() {
        assertNull(OutcomeClassifier.retryAfter("soon", NOW));
        assertNull(OutcomeClassifier.retryAfter(null, NOW));
    }

    @Test
    void retryAfterOnA503IsHonouredToo() {
        AttemptOutcome outcome = OutcomeClassifier.of(new HttpReply(503, "7", ""), 3, CLOCK);

        assertEquals(Duration.ofSeconds(7), outcome.retryAfter());
    }
}
