package io.smsauto.notifier.service;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.smsauto.notifier.config.NotifierConfig;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The threads that do the blocking part of sending: the Vonage SDK's HTTP calls and the send log's
 * JDBC. Their number ({@code notifier.concurrency}) bounds how many sends run at once; a send that
 * waits for its turn or for a retry holds none of them.
 */
@ApplicationScoped
public class SendExecutor {

    private final ExecutorService threads;

    public SendExecutor(NotifierConfig config) {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory factory = work -> {
            Thread thread = new Thread(work, "notifier-send-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        this.threads = Executors.newFixedThreadPool(config.concurrency(), factory);
        Log.infof("Sending on %d threads, with up to %d action events in progress per channel", config.concurrency(),
                config.inFlight());
    }

    /** {@code work} on one of the send threads. */
    public <T> Uni<T> call(Supplier<T> work) {
        return Uni.createFrom().item(work).runSubscriptionOn(threads);
    }

    /** Lets the sends under way finish and record their outcome. */
    @PreDestroy
    void stop() throws InterruptedException {
        threads.shutdown();
        threads.awaitTermination(15, TimeUnit.SECONDS);
    }
}
