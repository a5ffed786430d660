package io.smsauto.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhoneNumbersTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "NONE", value = {
            "+33612345678      | +33612345678",
            "33612345678       | +33612345678",
            "0033612345678     | +33612345678",
            "+33 6 12 34 56 78 | +33612345678",
            "+1 (415) 555-0100 | +14155550100",
            "447700900001      | +447700900001",
            "  +33612345678    | +33612345678",
            "0612345678        | NONE",
            "+0612345678       | NONE",
            "1234567           | NONE",
            "+1234567890123456 | NONE",
            "+3361234567a      | NONE",
            "hello             | NONE",
            "''                | NONE",
    })
    void normalisesToE164OrRejects(String raw, String expected) {
        assertEquals(Optional.ofNullable(expected), PhoneNumbers.toE164(raw));
    }
}
