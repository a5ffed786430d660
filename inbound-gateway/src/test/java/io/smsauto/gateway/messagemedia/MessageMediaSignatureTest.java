package io.smsauto.gateway.messagemedia;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.smsauto.conventions.rest.MalformedRequestException;
import io.smsauto.gateway.messagemedia.MessageMediaSignature.Digest;
import io.smsauto.gateway.support.Signing;
import io.smsauto.gateway.webhook.WebhookSignatureException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;

class MessageMediaSignatureTest {

    private static final String REQUEST_LINE = "POST /webhooks/messagemedia/inbound HTTP/1.1";
    private static final Instant NOW = Instant.parse("2026-11-24T09:15:02Z");
    private static final String DATE = "Tue, 24 Nov 2026 09:15:00 GMT";
    private static final byte[] BODY = """
            {"message_id":"877c19ef-fa2e-4cec-827a-e1df9b5509f7","reply_id":"a175e797-2b54-468b-9850-41a3eab32f74",\
            "source_number":"+61491570157","destination_number":"+61491570156","content":"Oui 👍",\
            "date_received":"2026-11-24T09:14:58.000Z"}""".getBytes(StandardCharsets.UTF_8);

    private final MessageMediaSignature signature = new MessageMediaSignature(publicKey(), Digest.SHA256);

    @Test
    void acceptsARequestSignedWithThePrivateKey() {
        String signed = Signing.messageMedia(REQUEST_LINE, DATE, BODY);

        assertDoesNotThrow(() -> signature.verify(REQUEST_LINE, DATE, BODY, signed, NOW));
    }

    @Test
    void refusesAChangedBody() {
        String signed = Signing.messageMedia(REQUEST_LINE, DATE, BODY);
        byte[] changed = new String(BODY, StandardCharsets.UTF_8).replace("Oui", "Non").getBytes(StandardCharsets.UTF_8);

        assertThrows(WebhookSignatureException.class, () -> signature.verify(REQUEST_LINE, DATE, changed, signed, NOW));
    }

    @Test
    void refusesAnotherRequestLine() {
        String signed = Signing.messageMedia(REQUEST_LINE, DATE, BODY);

        assertThrows(WebhookSignatureException.class,
                () -> signature.verify("POST /elsewhere HTTP/1.1", DATE, BODY, signed, NOW));
    }

    @Test
    void refusesAnotherDigestThanTheKeysOne() {
        String signed = Signing.messageMedia(REQUEST_LINE, DATE, BODY);

        assertThrows(WebhookSignatureException.class, () -> new MessageMediaSignature(publicKey(), Digest.SHA512)
                .verify(REQUEST_LINE, DATE, BODY, signed, NOW));
    }

    @Test
    void refusesASignatureThatIsNotBase64() {
        assertThrows(WebhookSignatureException.class,
                () -> signature.verify(REQUEST_LINE, DATE, BODY, "not base64 !", NOW));
    }

    @Test
    void refusesAMissingSignatureOrDate() {
        String signed = Signing.messageMedia(REQUEST_LINE, DATE, BODY);

        assertThrows(WebhookSignatureException.class, () -> signature.verify(REQUEST_LINE, DATE, BODY, null, NOW));
        assertThrows(WebhookSignatureException.class, () -> signature.verify(REQUEST_LINE, null, BODY, signed, NOW));
    }

    @Test
    void refusesADateMoreThanFiveMinutesOff() {
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(NOW.minusSeconds(301).atOffset(ZoneOffset.UTC));
        String signed = Signing.messageMedia(REQUEST_LINE, date, BODY);

        assertThrows(WebhookSignatureException.class, () -> signature.verify(REQUEST_LINE, date, BODY, signed, NOW));
    }

    @Test
    void aDateThatIsNotAnHttpDateIsMalformed() {
        MalformedRequestException e = assertThrows(MalformedRequestException.class,
                () -> signature.verify(REQUEST_LINE, "yesterday", BODY, "c2ln", NOW));
        assertEquals("Date", e.field());
    }

    @Test
    void acceptsThePublicKeyAsPemToo() {
        String pem = "-----BEGIN PUBLIC KEY-----\n" + publicKey().replaceAll("(.{64})", "$1\n")
                + "\n-----END PUBLIC KEY-----\n";
        String signed = Signing.messageMedia(REQUEST_LINE, DATE, BODY);

        assertDoesNotThrow(() -> new MessageMediaSignature(pem, Digest.SHA256).verify(REQUEST_LINE, DATE, BODY, signed, NOW));
    }

    @Test
    void aKeyThatIsNotAnRsaPublicKeyIsAConfigurationError() {
        assertThrows(IllegalArgumentException.class, () -> new MessageMediaSignature("bm90IGEga2V5", Digest.SHA256));
    }

    private static String publicKey() {
        return Signing.messageMediaPublicKey();
    }
}
