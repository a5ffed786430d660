package io.smsauto.gateway.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WebhookOutcomeTest {

    @ParameterizedTest
    @CsvSource({
            "200, true,  accepted,    none",
            "204, true,  accepted,    none",
            "400, true,  rejected,    malformed",
            "401, true,  rejected,    bad-signature",
            "405, true,  rejected,    method-not-allowed",
            "413, true,  rejected,    too-large",
            "415, true,  rejected,    unsupported-media-type",
            "406, true,  rejected,    http-406",
            "503, true,  unavailable, none",
            "500, true,  failed,      http-500",
            "200, false, abandoned,   none"})
    void classifiesAnAnswer(int status, boolean answered, String outcome, String reason) {
        assertEquals(new WebhookOutcome(outcome, reason), WebhookOutcome.of(status, answered));
    }
}
