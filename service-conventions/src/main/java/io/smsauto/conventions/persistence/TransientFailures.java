package io.smsauto.conventions.persistence;

import io.vertx.core.VertxException;
import io.vertx.pgclient.PgException;
import java.io.IOException;
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
}
