package io.smsauto.storm;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * Sends every message of the plan as a Vonage inbound webhook (form POST), {@code concurrency} at a
 * time, as fast as the gateway answers. Like a carrier, it retries a message until it gets a 2xx:
 * after a non-2xx answer or a connection error, with a backoff from 250 ms doubling to 5 s.
 */
final class WebhookLoad {

    private static final Duration FIRST_BACKOFF = Duration.ofMillis(250);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(5);

    private final StormPlan plan;
    private final URI webhook;
    private final int concurrency;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "storm-retries");
        thread.setDaemon(true);
        return thread;
    });

    /** System.nanoTime() of each message's first attempt and of its 2xx answer. */
    final long[] firstAttempt;
    final long[] accepted;
    final AtomicInteger acceptedCount = new AtomicInteger();
    final LongAdder attempts = new LongAdder();
    final Map<String, LongAdder> failures = new ConcurrentHashMap<>();

    WebhookLoad(StormPlan plan, URI gateway, int concurrency) {
        this.plan = plan;
        this.webhook = webhook(gateway);
        this.concurrency = concurrency;
        this.firstAttempt = new long[plan.messages()];
        this.accepted = new long[plan.messages()];
    }

    static URI webhook(URI gateway) {
        return gateway.resolve("/webhooks/vonage/inbound");
    }

    /** Sends every message and returns once each one was answered 2xx. */
    void run() throws InterruptedException {
        Semaphore inFlight = new Semaphore(concurrency);
        CountDownLatch done = new CountDownLatch(plan.messages());
        for (int i = 0; i < plan.messages(); i++) {
            inFlight.acquire();
            firstAttempt[i] = System.nanoTime();
            send(i, FIRST_BACKOFF, () -> {
                inFlight.release();
                done.countDown();
            });
        }
        done.await();
        retries.shutdownNow();
    }

    private void send(int index, Duration backoff, Runnable finished) {
        attempts.increment();
        http.sendAsync(request(index), HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
            if (error == null && response.statusCode() / 100 == 2) {
                accepted[index] = System.nanoTime();
                acceptedCount.incrementAndGet();
                finished.run();
                return;
            }
            String failure = error == null ? "HTTP " + response.statusCode() : rootCause(error).getClass().getSimpleName();
            failures.computeIfAbsent(failure, f -> new LongAdder()).increment();
            Duration next = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            retries.schedule(() -> send(index, next, finished), backoff.toMillis(), TimeUnit.MILLISECONDS);
        });
    }

    private HttpRequest request(int index) {
        return request(webhook, plan.sender(index), plan.messageId(index), plan.text(index));
    }

    /** Vonage's inbound format: numbers without '+', as a form POST to the business number. */
    static HttpRequest request(URI webhook, String sender, String messageId, String text) {
        return formPost(webhook, Map.of(
                "msisdn", sender.substring(1),
                "to", StormPlan.BUSINESS_NUMBER,
                "messageId", messageId,
                "text", text,
                "type", "text",
                "keyword", text.split(" ")[0].toUpperCase()));
    }

    /** A Vonage webhook as Vonage sends it: the fields as a form POST. */
    static HttpRequest formPost(URI webhook, Map<String, String> fields) {
        StringBuilder body = new StringBuilder();
        fields.forEach((key, value) -> body.append(body.isEmpty() ? "" : "&").append(key).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return HttpRequest.newBuilder(webhook).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
    }

    private static Throwable rootCause(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
