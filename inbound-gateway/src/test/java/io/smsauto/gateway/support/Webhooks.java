package io.smsauto.gateway.support;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.response.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

/** Carrier webhooks as the carriers send them, for the service under test. */
public final class Webhooks {

    public static final String VONAGE = "/webhooks/vonage/inbound";
    public static final String TWILIO = "/webhooks/twilio/inbound";
    public static final String MESSAGEMEDIA = "/webhooks/messagemedia/inbound";
    public static final String FORM_UTF8 = "application/x-www-form-urlencoded; charset=UTF-8";
    public static final String RECEIVER = "33757000001";

    private Webhooks() {
    }

    public static String uniqueId() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 18).toUpperCase();
    }

    /** A sender nobody else uses, without the {@code +}, as Vonage writes numbers. */
    public static String uniqueSender() {
        return "336" + ThreadLocalRandom.current().nextLong(10_000_000L, 100_000_000L);
    }

    /** An inbound SMS as Vonage's SMS API sends it, not signed yet. */
    public static Map<String, String> vonageSms(String from, String messageId, String text) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("msisdn", from);
        params.put("to", RECEIVER);
        params.put("messageId", messageId);
        params.put("text", text);
        params.put("type", "text");
        params.put("keyword", text.split(" ")[0].toUpperCase());
        params.put("message-timestamp", LocalDateTime.now(ZoneOffset.UTC)
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")));
        params.put("nonce", UUID.randomUUID().toString());
        return params;
    }

    /** {@code application/x-www-form-urlencoded} in UTF-8, as every carrier encodes it. */
    public static String form(Map<String, String> params) {
        return params.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    public static Response postForm(String path, Map<String, String> params) {
        return given().contentType(FORM_UTF8).body(form(params)).when().post(path);
    }

    /** A signed Vonage form webhook. */
    public static Response postVonage(Map<String, String> params) {
        return postForm(VONAGE, Signing.vonage(params));
    }

    /**
     * Asserts that nothing of one refused message reached Kafka: a message accepted afterwards from
     * the same sender lands on the same partition, so once it is there the refused one would be too.
     */
    public static void assertNothingStored(InboundTopic topic, String carrierMessageId, String sender) {
        String marker = uniqueId();
        assertEquals(200, postVonage(vonageSms(sender, marker, "marker")).statusCode());
        topic.await(marker);
        assertEquals(List.of(), topic.recordsOf(carrierMessageId), "a refused webhook reached Kafka");
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
