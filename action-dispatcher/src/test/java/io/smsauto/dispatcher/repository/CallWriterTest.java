package io.smsauto.dispatcher.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CallWriterTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(nullValues = "none", value = {
            "08001, true, connection refused",
            "08006, true, connection lost",
            "57P01, true, terminated by an administrator",
            "57P03, true, starting up",
            "53300, true, too many connections",
            "40001, true, serialization failure",
            "40P01, true, deadlock",
            "40002, false, integrity constraint violation at commit",
            "none, true, no connection from the pool",
            "22021, false, invalid byte sequence",
            "23502, false, not null violation",
            "42P01, false, missing table"})
    void onlyAnUnavailableDatabaseIsWaitedFor(String state, boolean unavailable, String what) {
        assertEquals(unavailable, CallWriter.isUnavailable(new SQLException(what, state)));
    }
}
