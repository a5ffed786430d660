package io.smsauto.notifier.bench;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.smsauto.notifier.BusiestWindow;
import io.smsauto.notifier.RecordedSpans;
import io.smsauto.notifier.service.ProviderSpans;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * A burst of send-reply events with vonage.max-rate at 30/s: every one is sent, at what rate, and at
 * most how many in any one second, from WireMock's request timestamps and from the starts of the
 * notifier's provider-call spans (what the pacer controls; WireMock's stamps add the jitter of the
 * HTTP client and server threads). Not run by the build:
 * {@code ./mvnw -pl notifier-service -am test -Dtest=SendReplyPacingBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false} ({@code -Dbench.burst=N}, 10,000 by default: 5.6 minutes).
 */
@QuarkusTest
@TestProfile(PacedProfile.class)
class SendReplyPacingBenchmark {

    private static final int BURST = Integer.getInteger("bench.burst", 10_000);
    private static final Pattern CLIENT_REF = Pattern.compile("client-ref=([^&]+)");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    RecordedSpans spans;

    @Test
    void aBurstIsSentAtTheConfiguredRate() throws Exception {
        BenchmarkVonage.server().resetRequests();

        Map<String, Integer> statuses;
        try (ReplyBurst burst = new ReplyBurst(bootstrapServers, BURST)) {
            burst.produce();
            statuses = burst.awaitResults(Duration.ofSeconds(BURST / 30 + 120));
        }

        assertEquals(Map.of("SUCCEEDED", BURST), statuses);
        List<LoggedRequest> requests = BenchmarkVonage.server().getAllServeEvents().stream().map(ServeEvent::getRequest).toList();
        List<Long> sentAt = requests.stream().map(request -> request.getLoggedDate().getTime()).sorted().toList();
        assertEquals(BURST, sentAt.size(), "one Vonage call per event");
        double rate = (sentAt.size() - 1) / ((sentAt.get(sentAt.size() - 1) - sentAt.get(0)) / 1000.0);
        Map<String, Long> calledAt = providerCallStarts();
        List<Long> calledAtInOrder = calledAt.values().stream().sorted().toList();
        List<Long> reachedWireMockAfter = requests.stream()
                .map(request -> request.getLoggedDate().getTime() - calledAt.get(clientRef(request)) / 1_000_000).sorted().toList();
        String report = String.format("%d replies at vonage.max-rate=30: %.2f sends/s (%+.1f %%), at most %d in any second "
                        + "at WireMock, at most %d in any second as the notifier started its calls; WireMock stamped a "
                        + "request %d ms after its call started at the median, %d ms at the 99th percentile, %d ms at most",
                BURST, rate, 100 * (rate - 30) / 30, BusiestWindow.of(sentAt, 1_000),
                BusiestWindow.of(calledAtInOrder, 1_000_000_000L), percentile(reachedWireMockAfter, 50),
                percentile(reachedWireMockAfter, 99), reachedWireMockAfter.get(reachedWireMockAfter.size() - 1));
        System.out.println("BENCHMARK " + report);
    }

    /** When each provider call started, from the start of its span (nanoseconds), by event id. */
    private Map<String, Long> providerCallStarts() {
        await().atMost(Duration.ofSeconds(30)).until(() -> spans.named(ProviderSpans.SMS_SEND).size() >= BURST);
        return spans.named(ProviderSpans.SMS_SEND).stream().collect(Collectors.toMap(
                span -> span.getAttributes().get(ProviderSpans.EVENT_ID), SpanData::getStartEpochNanos, Math::min));
    }

    private static String clientRef(LoggedRequest request) {
        Matcher ref = CLIENT_REF.matcher(request.getBodyAsString());
        if (!ref.find()) {
            throw new IllegalStateException("a Vonage request without a client-ref: " + request.getBodyAsString());
        }
        return ref.group(1);
    }

    private static long percentile(List<Long> sorted, int percent) {
        return sorted.get(Math.min(sorted.size() - 1, sorted.size() * percent / 100));
    }
}
