package io.smsauto.notifier.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * A burst of send-reply events with vonage.max-rate at 30/s: every one is sent, at what rate, and at
 * most how many in any one second, from WireMock's request timestamps. Not run by the build:
 * {@code ./mvnw -pl notifier-service -am test -Dtest=SendReplyPacingBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false} ({@code -Dbench.burst=N}, 10,000 by default: 5.6 minutes).
 */
@QuarkusTest
@TestProfile(PacedProfile.class)
class SendReplyPacingBenchmark {

    private static final int BURST = Integer.getInteger("bench.burst", 10_000);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void aBurstIsSentAtTheConfiguredRate() throws Exception {
        BenchmarkVonage.server().resetRequests();

        Map<String, Integer> statuses;
        try (ReplyBurst burst = new ReplyBurst(bootstrapServers, BURST)) {
            burst.produce();
            statuses = burst.awaitResults(Duration.ofSeconds(BURST / 30 + 120));
        }

        assertEquals(Map.of("SUCCEEDED", BURST), statuses);
        List<Long> sentAt = BenchmarkVonage.server().getAllServeEvents().stream()
                .map(ServeEvent::getRequest).map(request -> request.getLoggedDate().getTime()).sorted().toList();
        assertEquals(BURST, sentAt.size(), "one Vonage call per event");
        double rate = (sentAt.size() - 1) / ((sentAt.get(sentAt.size() - 1) - sentAt.get(0)) / 1000.0);
        String report = String.format("%d replies at vonage.max-rate=30: %.2f sends/s (%+.1f %%), at most %d in any second",
                BURST, rate, 100 * (rate - 30) / 30, busiestSecond(sentAt));
        System.out.println("BENCHMARK " + report);
    }

    /** The most sends within any window of 1,000 ms. */
    private static int busiestSecond(List<Long> sentAt) {
        int most = 0;
        int first = 0;
        for (int last = 0; last < sentAt.size(); last++) {
            while (sentAt.get(last) - sentAt.get(first) >= 1_000) {
                first++;
            }
            most = Math.max(most, last - first + 1);
        }
        return most;
    }
}
