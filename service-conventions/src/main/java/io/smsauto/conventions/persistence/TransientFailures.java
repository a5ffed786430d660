package io.smsauto.conventions.persistence;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.vertx.core.VertxException;
import io.vertx.pgclient.PgException;
import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeoutException;

/**
 * Tells failures that go away by themselves (the database or the broker unreachable, a deadlock, a
 * serialisation conflict) from those an event causes (a constraint it breaks, a bug it triggers): a
 * consumer waits and retries the first, and sends the record of the second to its dead-letter topic. For
 * the services on the reactive PostgreSQL client (automation-admin, contact-service).
 */
public final class TransientFailures {

    // SQLSTATE classes: connection exception, transaction rollback, insufficient resources,
    // operator intervention (e.g. the server shutting down), system error
    private static final Set<String> TRANSIENT_SQL_CLASSES = Set.of("08", "40", "53", "57", "58");
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(100);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(5);

    private TransientFailures() {
    }

    public static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof PgException pg) {
                return pg.getSqlState() != null && TRANSIENT_SQL_CLASSES.contains(pg.getSqlState().substring(0, 2));
            }
            if (cause instanceof IOException || cause instanceof TimeoutException || cause instanceof VertxException) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code work} (a Uni that does its work again on each subscription), tried again with backoff (0.1 s to
     * 5 s) for as long as it fails transiently, each time logged as {@code waiting} waiting.
     */
    public static <T> Uni<T> retried(Uni<T> work, String waiting) {
        return work.onFailure(TransientFailures::isTransient).invoke(e -> Log.warnf("%s wait: %s", waiting, e.toString()))
                .onFailure(TransientFailures::isTransient).retry().withBackOff(FIRST_BACKOFF, MAX_BACKOFF).indefinitely();
    }
}
