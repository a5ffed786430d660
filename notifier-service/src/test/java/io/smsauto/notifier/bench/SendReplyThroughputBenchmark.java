package io.smsauto.notifier.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vonage.client.HttpConfig;
import com.vonage.client.VonageClient;
import com.vonage.client.sms.MessageStatus;
import com.vonage.client.sms.messages.TextMessage;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.reactive.messaging.ChannelRegistry;
import io.smallrye.reactive.messaging.PausableChannel;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Sends per second of the notifier against the same Vonage SDK calls made from a plain loop with as
 * many threads as the notifier calls Vonage with ({@code notifier.concurrency}), both against one
 * WireMock, rate limit off. The notifier's part: a backlog of send-reply events already on the topic
 * (its channel paused while they are queued), from resuming until the last result is on
 * {@code actions.results}. The two alternate, twice, since this machine is shared and its load moves.
 * Not run by the build: {@code ./mvnw -pl notifier-service -am test -Dtest=SendReplyThroughputBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false} ({@code -Dbench.sends=N}, 20,000 by default;
 * {@code -Dbench.vonage-latency-ms=N}, how long WireMock takes to answer, 0 by default).
 */
@QuarkusTest
@TestProfile(UnpacedProfile.class)
class SendReplyThroughputBenchmark {

    private static final int SENDS = Integer.getInteger("bench.sends", 20_000);
    private static final int WARM_UP = Math.min(SENDS, 10_000);
    private static final int ROUNDS = 2;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "notifier.concurrency")
    int concurrency;

    @Inject
    ChannelRegistry channels;

    @Test
    void serviceAgainstAPlainLoopOfTheSameSdkCalls() throws Exception {
        baseline(WARM_UP);
        service(WARM_UP);
        List<String> rounds = new ArrayList<>();
        for (int round = 1; round <= ROUNDS; round++) {
            double loop = baseline(SENDS);
            double service = service(SENDS);
            rounds.add(String.format("round %d: plain SDK loop %.0f/s, notifier %.0f/s, ratio %.0f %%", round, loop,
                    service, 100 * service / loop));
        }
        System.out.println("BENCHMARK " + SENDS + " sends, " + concurrency + " threads; " + String.join("; ", rounds));
    }

    /** The notifier's rate on a backlog of {@code sends} events. */
    private double service(int sends) {
        PausableChannel channel = channels.getPausable("send-reply");
        try (ReplyBurst burst = new ReplyBurst(bootstrapServers, sends)) {
            burst.produce();
            long started = System.nanoTime();
            channel.resume();
            Map<String, Integer> statuses = burst.awaitResults(Duration.ofMinutes(10));
            double rate = sends / seconds(started);
            channel.pause();
            assertEquals(Map.of("SUCCEEDED", sends), statuses);
            return rate;
        }
    }

    /** The notifier's Vonage call, minus everything around it, from {@code concurrency} threads. */
    private double baseline(int sends) throws Exception {
        VonageClient client = VonageClient.builder().apiKey("bench-key").apiSecret("bench-secret")
                .httpConfig(HttpConfig.builder().baseUri(BenchmarkVonage.server().baseUrl()).timeoutMillis(10_000).build())
                .build();
        AtomicInteger next = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(concurrency);
        long started = System.nanoTime();
        List<Future<?>> loops = new ArrayList<>();
        for (int t = 0; t < concurrency; t++) {
            loops.add(threads.submit(() -> {
                for (int i = next.getAndIncrement(); i < sends; i = next.getAndIncrement()) {
                    TextMessage message = new TextMessage("33757000001", String.format("336%08d", i),
                            "Thanks, we got your message.");
                    message.setClientReference("baseline-" + i);
                    if (client.getSmsClient().submitMessage(message).getMessages().get(0).getStatus() != MessageStatus.OK) {
                        throw new IllegalStateException("refused");
                    }
                }
                return null;
            }));
        }
        for (Future<?> loop : loops) {
            loop.get();
        }
        double rate = sends / seconds(started);
        threads.shutdown();
        return rate;
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
