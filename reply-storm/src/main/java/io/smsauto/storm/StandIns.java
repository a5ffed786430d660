package io.smsauto.storm;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * A counting stand-in for Vonage's SMS API ({@code POST /sms/json}) and for a URL target
 * ({@code /hook}), on one plain JDK HTTP server: no request journal, only counters, so that it
 * stays cheap at 100,000 requests. SMS are counted by client-ref (the action event id the notifier
 * sends) and by recipient; calls by {@code X-Smsauto-Event-Id} and by the {@code from} parameter.
 * Requests about numbers outside the storm (the probes that wait for the automations) only count
 * in {@link #others}. Like Vonage, it sends a delivery receipt for every SMS it took.
 */
final class StandIns implements AutoCloseable {

    static final String HOOK_PATH = "/hook";
    private static final String VONAGE_ANSWER = """
            {"message-count": "1", "messages": [{"to": "%s", "message-id": "%s",
             "status": "0", "remaining-balance": "10.0", "message-price": "0.05", "network": "23410"}]}
            """;

    final Tally smsByEvent = new Tally();
    final Tally smsByRecipient = new Tally();
    final Tally callsByEvent = new Tally();
    final Tally callsBySender = new Tally();
    /** Calls held past the dispatcher's timeout and then answered 503: the target "timed out". */
    final AtomicInteger timedOutCalls = new AtomicInteger();
    /** SMS recipients and URL-call senders outside the storm: the probes. */
    final Tally others = new Tally();
    /** Vonage's delivery receipt for every SMS it took, to the gateway. */
    final DeliveryReceipts receipts = new DeliveryReceipts();

    private final Predicate<String> stormNumber;
    private final AtomicLong messageIds = new AtomicLong(0x0B00000000000000L);
    private final HttpServer server;
    private final ExecutorService threads;
    /** How long Vonage takes to answer an SMS request. */
    private final Duration vonageLatency;
    private volatile long hangUntilNanos = Long.MIN_VALUE;
    private volatile Duration hang = Duration.ZERO;

    StandIns(Predicate<String> stormNumber, Duration vonageLatency) throws IOException {
        this.stormNumber = stormNumber;
        this.vonageLatency = vonageLatency;
        AtomicInteger threadCount = new AtomicInteger();
        threads = Executors.newFixedThreadPool(64, r -> {
            Thread thread = new Thread(r, "standin-" + threadCount.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 1024);
        server.setExecutor(threads);
        server.createContext("/sms/json", this::sms);
        server.createContext(HOOK_PATH, this::call);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** From now on for {@code window}, the URL target holds each call for {@code hold}, then answers 503. */
    void hangUrlTarget(Duration window, Duration hold) {
        hang = hold;
        hangUntilNanos = System.nanoTime() + window.toNanos();
    }

    private void sms(HttpExchange exchange) throws IOException {
        Map<String, String> form = decode(new String(readAll(exchange.getRequestBody()), StandardCharsets.UTF_8));
        pause(vonageLatency);
        String recipient = "+" + form.get("to");
        if (stormNumber.test(recipient)) {
            smsByEvent.record(form.get("client-ref"));
            smsByRecipient.record(recipient);
        } else {
            others.record(recipient);
        }
        String messageId = Long.toHexString(messageIds.incrementAndGet()).toUpperCase(Locale.ROOT);
        answer(exchange, 200, VONAGE_ANSWER.formatted(form.get("to"), messageId).getBytes(StandardCharsets.UTF_8));
        receipts.add(new DeliveryReceipts.Receipt(messageId, form.get("client-ref"), form.get("to"), form.get("from")));
    }

    private void call(HttpExchange exchange) throws IOException {
        readAll(exchange.getRequestBody());
        if (System.nanoTime() < hangUntilNanos) {
            pause(hang);
            timedOutCalls.incrementAndGet();
            answer(exchange, 503, new byte[0]);
            return;
        }
        String query = exchange.getRequestURI().getRawQuery();
        String sender = decode(query == null ? "" : query).get("from");
        if (stormNumber.test(sender)) {
            callsByEvent.record(exchange.getRequestHeaders().getFirst("X-Smsauto-Event-Id"));
            callsBySender.record(sender);
        } else {
            others.record(sender);
        }
        answer(exchange, 200, new byte[0]);
    }

    private static void pause(Duration duration) {
        if (duration.isZero()) {
            return;
        }
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void answer(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        try (in) {
            return in.readAllBytes();
        }
    }

    static Map<String, String> decode(String form) {
        Map<String, String> values = new HashMap<>();
        for (String pair : form.split("&")) {
            if (!pair.isEmpty()) {
                String[] kv = pair.split("=", 2);
                values.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                        kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
            }
        }
        return values;
    }

    @Override
    public void close() {
        receipts.close();
        server.stop(0);
        threads.shutdownNow();
    }
}
