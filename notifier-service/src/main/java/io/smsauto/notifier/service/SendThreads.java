package io.smsauto.notifier.service;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.smsauto.notifier.config.NotifierConfig;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The threads that do the blocking part of sending, {@code notifier.concurrency} of each kind: calls
 * to the provider (the Vonage SDK, the sandbox) and the send log's JDBC, apart so that the provider
 * calls never wait behind the database. A send that waits for its turn or for a retry holds none.
 */
@ApplicationScoped
public class SendThreads {

    private final ExecutorService provider;
    private final ExecutorService sendLog;

    public SendThreads(NotifierConfig config) {
        this.provider = pool("notifier-provider-", config.concurrency());
        this.sendLog = pool("notifier-send-log-", config.concurrency());
        Log.infof("Sending on %d threads, with up to %d action events in progress per channel", config.concurrency(),
                config.inFlight());
    }

    /** {@code call}, a call to Vonage or the sandbox, on a provider thread. */
    public <T> Uni<T> callProvider(Supplier<T> call) {
        return Uni.createFrom().item(call).runSubscriptionOn(provider);
    }

    /** {@code work} on the send log, on one of its threads. */
    public <T> Uni<T> useSendLog(Supplier<T> work) {
        return Uni.createFrom().item(work).runSubscriptionOn(sendLog);
    }

    /** The send-log threads, for work handed over as a continuation. */
    Executor sendLogExecutor() {
        return sendLog;
    }

    /** Lets the sends under way finish and record their outcome. */
    @PreDestroy
    void stop() throws InterruptedException {
        provider.shutdown();
        provider.awaitTermination(15, TimeUnit.SECONDS);
        sendLog.shutdown();
        sendLog.awaitTermination(5, TimeUnit.SECONDS);
    }

    private static ExecutorService pool(String name, int threads) {
        AtomicInteger count = new AtomicInteger();
        return Executors.newFixedThreadPool(threads, work -> {
            Thread thread = new Thread(work, name + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }
}
