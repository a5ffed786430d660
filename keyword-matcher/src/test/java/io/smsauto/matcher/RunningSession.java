package io.smsauto.matcher;

import io.smsauto.matcher.messaging.InboundSession;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** An {@link InboundSession} cycling on a thread of its own (its clients are used by that thread only) until closed or failed. */
final class RunningSession implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(100);

    private final InboundSession session;
    private final CompletableFuture<RuntimeException> ended = new CompletableFuture<>();
    private volatile boolean stopping;

    RunningSession(InboundSession session) {
        this.session = session;
        Thread thread = new Thread(this::run, "test-session");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        RuntimeException failure = null;
        try (session) {
            session.start();
            while (!stopping) {
                session.cycle(POLL);
            }
        } catch (RuntimeException e) {
            failure = stopping ? null : e;
        } finally {
            ended.complete(failure);
        }
    }

    /** What made the session stop on its own. */
    RuntimeException awaitFailure() throws InterruptedException, ExecutionException, TimeoutException {
        return ended.get(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException, ExecutionException, TimeoutException {
        stopping = true;
        session.wakeup();
        ended.get(30, TimeUnit.SECONDS);
    }
}
