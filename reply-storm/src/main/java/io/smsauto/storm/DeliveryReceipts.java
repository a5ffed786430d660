package io.smsauto.storm;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What Vonage does after taking an SMS: a delivery receipt to the gateway's
 * {@code /webhooks/vonage/delivery-receipt}, delivered again (after a pause) until it is answered 200, as
 * Vonage retries. Threads in the background post them, so the stand-in answers the SMS at once; as many
 * as the load tool's webhooks in flight by default, so that receipts keep up with the SMS as Vonage's do: with 4,
 * under a storm with a notifier killed, receipts came up to 75 s after their SMS, past the notifier's wait
 * before sending an unconfirmed SMS again.
 */
final class DeliveryReceipts implements AutoCloseable {

    private static final int THREADS = 64;
    private static final Duration RETRY_PAUSE = Duration.ofSeconds(1);

    /** One receipt: the SMS's Vonage message id, our client-ref, who it went to and from. */
    record Receipt(String messageId, String clientRef, String recipient, String sender) {
    }

    /** A receipt and when the stand-in took its SMS. */
    private record Queued(Receipt receipt, long queuedAtNanos) {
    }

    final AtomicInteger delivered = new AtomicInteger();
    final AtomicInteger retried = new AtomicInteger();
    /** The longest a receipt waited between its SMS and the gateway's 200, in ms. */
    final AtomicLong longestWaitMillis = new AtomicLong();

    private final BlockingQueue<Queued> queue = new LinkedBlockingQueue<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private volatile URI endpoint;
    private volatile boolean running = true;

    DeliveryReceipts() {
        for (int i = 1; i <= THREADS; i++) {
            Thread thread = new Thread(this::deliverAll, "standin-receipts-" + i);
            thread.setDaemon(true);
            thread.start();
        }
    }

    /** Receipts wait until the gateway is known. */
    void sendTo(URI gateway) {
        endpoint = gateway.resolve("/webhooks/vonage/delivery-receipt");
    }

    void add(Receipt receipt) {
        queue.add(new Queued(receipt, System.nanoTime()));
    }

    int pending() {
        return queue.size();
    }

    private void deliverAll() {
        try {
            while (running) {
                Queued queued = queue.poll(200, TimeUnit.MILLISECONDS);
                if (queued != null) {
                    deliver(queued.receipt());
                    longestWaitMillis.accumulateAndGet(
                            TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - queued.queuedAtNanos()), Math::max);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void deliver(Receipt receipt) throws InterruptedException {
        while (running) {
            URI target = endpoint;
            if (target != null && accepted(target, receipt)) {
                delivered.incrementAndGet();
                return;
            }
            retried.incrementAndGet();
            Thread.sleep(RETRY_PAUSE.toMillis());
        }
    }

    private boolean accepted(URI target, Receipt receipt) throws InterruptedException {
        HttpRequest request = WebhookLoad.formPost(target, Map.of(
                "msisdn", receipt.recipient(),
                "to", receipt.sender(),
                "messageId", receipt.messageId(),
                "status", "delivered",
                "err-code", "0",
                "client-ref", receipt.clientRef()));
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false; // the gateway is restarting or unreachable: delivered again after a pause
        }
    }

    @Override
    public void close() {
        running = false;
    }
}
