package io.smsauto.conventions.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.VertxException;
import io.vertx.pgclient.PgException;
import java.net.ConnectException;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TransientFailuresTest {

    @ParameterizedTest
    @CsvSource({
            "08006, true",   // connection failure
            "40001, true",   // serialisation failure
            "40P01, true",   // deadlock
            "57P01, true",   // the server is shutting down
            "53300, true",   // too many connections
            "22021, false",  // a character the encoding refuses
            "23505, false",  // a unique constraint broken
            "23503, false"}) // a foreign key broken
    void databaseErrorsAreTransientByTheirClass(String sqlState, boolean expected) {
        assertEquals(expected, TransientFailures.isTransient(new CompletionException(new PgException("m", "ERROR", sqlState, "d"))));
    }

    @org.junit.jupiter.api.Test
    void anUnreachableServerIsTransientAndABugIsNot() {
        assertEquals(true, TransientFailures.isTransient(new CompletionException(new ConnectException("refused"))));
        assertEquals(true, TransientFailures.isTransient(new VertxException("Connection is closed")));
        assertEquals(false, TransientFailures.isTransient(new NullPointerException()));
        assertEquals(false, TransientFailures.isTransient(new IllegalArgumentException("bad")));
    }
}
