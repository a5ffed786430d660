package io.smsauto.notifier.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vonage.client.HttpConfig;
import com.vonage.client.VonageClient;
import com.vonage.client.sms.MessageStatus;
import com.vonage.client.sms.messages.TextMessage;
import io.quarkus.logging.Log;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
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
 * Sends per second of the notifier (send-reply events in, Vonage calls out, results back on Kafka)
 * against the same Vonage SDK calls made from a plain loop with as many threads as the notifier
 * sends with (notifier.concurrency), both against one WireMock, in one run, rate limit off. Not run by
 * the build: {@code ./mvnw -pl notifier-service -am test -Dtest=SendReplyThroughputBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@QuarkusTest
@TestProfile(UnpacedProfile.class)
class SendReplyThroughputBenchmark {

    private static final int SENDS = Integer.getInteger("bench.sends", 20_000);
    private static final int WARM_UP = 2_000;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "notifier.concurrency")
    int concurrency;

    @Test
    void serviceAgainstAPlainLoopOfTheSameSdkCalls() throws Exception {
        baseline(WARM_UP);
        new ReplyBurst(bootstrapServers, WARM_UP).sendAndAwaitResults(Duration.ofMinutes(5));

        double loop = baseline(SENDS);
        long started = System.nanoTime();
        Map<String, Integer> statuses = new ReplyBurst(bootstrapServers, SENDS).sendAndAwaitResults(Duration.ofMinutes(10));
        double service = SENDS / seconds(started);

        assertEquals(Map.of("SUCCEEDED", SENDS), statuses);
        String report = String.format("%d sends, %d threads: plain SDK loop %.0f/s, notifier %.0f/s, ratio %.0f %%",
                SENDS, concurrency, loop, service, 100 * service / loop);
        Log.info("BENCHMARK " + report);
        System.out.println("BENCHMARK " + report);
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
