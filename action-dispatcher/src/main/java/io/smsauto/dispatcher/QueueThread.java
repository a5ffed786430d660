package io.smsauto.dispatcher;

import java.util.concurrent.TimeUnit;

/**
 * The daemon thread of a component that works through a queue of its own ({@code CallWriter},
 * {@code ResultReporter}): its loop runs until {@link #stopping()} and the queue is empty; stopping
 * gives it up to 10 s to get there.
 */
public final class QueueThread {

    private final Thread thread;
    private volatile boolean stopping;

    public QueueThread(String name, Runnable loop) {
        this.thread = new Thread(loop, name);
        thread.setDaemon(true);
    }

    public void start() {
        thread.start();
    }

    /** True once asked to stop: the loop ends when nothing is left to do. */
    public boolean stopping() {
        return stopping;
    }

    public void stop() throws InterruptedException {
        stopping = true;
        thread.join(TimeUnit.SECONDS.toMillis(10));
    }
}
