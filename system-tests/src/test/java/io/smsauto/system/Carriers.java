package io.smsauto.system;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import io.smsauto.runner.Service;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** The carriers' inbound webhooks, signed as each carrier signs them, sent to inbound-gateway. */
final class Carriers {

    static final String VONAGE = "/webhooks/vonage/inbound";
    static final String VONAGE_RECEIPT = "/webhooks/vonage/delivery-receipt";
    static final String TWILIO = "/webhooks/twilio/inbound";
    static final String MESSAGEMEDIA = "/webhooks/messagemedia/inbound";
    static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";

    private final String gateway;

    Carriers(RunningSystem running) {
        this.gateway = running.url(Service.INBOUND_GATEWAY).toString();
    }

    /** Vonage's SMS API parameters for one message (numbers without '+'), not signed yet. */
    static Map<String, String> vonageSms(String from, String to, String text, String messageId) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("msisdn", from.substring(1));
        params.put("to", to.substring(1));
        params.put("messageId", messageId);
        params.put("text", text);
        params.put("type", "text");
        params.put("message-timestamp", ZonedDateTime.now(ZoneOffset.UTC)
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")));
        return params;
    }

    /** The parameters with the {@code timestamp} and {@code sig} Vonage adds when signing. */
    static Map<String, String> signedByVonage(Map<String, String> params) {
        Map<String, String> signed = new LinkedHashMap<>(params);
        signed.put("timestamp", String.valueOf(System.currentTimeMillis() / 1000));
        signed.put("sig", CarrierSigning.vonage(signed));
        return signed;
    }

    /** One SMS from {@code from} to {@code to}, as a signed Vonage form POST answered 200. */
    void vonage(String from, String to, String text, String messageId) {
        vonageForm(signedByVonage(vonageSms(from, to, text, messageId))).then().statusCode(200);
    }

    Response vonageForm(Map<String, String> params) {
        return given().baseUri(gateway).contentType(FORM).body(form(params)).post(VONAGE);
    }

    /** The same parameters as a GET query string, which Vonage also uses. */
    Response vonageQuery(Map<String, String> params) {
        return given().baseUri(gateway).urlEncodingEnabled(false).get(VONAGE + "?" + form(params));
    }

    Response vonageJson(Map<String, String> params) {
        return given().baseUri(gateway).contentType("application/json").body(params).post(VONAGE);
    }

    /**
     * Vonage's delivery receipt for an SMS we sent to {@code recipient} from {@code sender} with
     * {@code clientRef}, which Vonage calls {@code messageId}; not signed yet.
     */
    static Map<String, String> vonageReceipt(String recipient, String sender, String messageId, String status, String clientRef) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("msisdn", recipient.substring(1));
        params.put("to", sender.substring(1));
        params.put("messageId", messageId);
        params.put("status", status);
        params.put("err-code", "0");
        params.put("client-ref", clientRef);
        return params;
    }

    Response vonageReceipt(Map<String, String> params) {
        return given().baseUri(gateway).contentType(FORM).body(form(params)).post(VONAGE_RECEIPT);
    }

    static Map<String, String> twilioSms(String from, String to, String text, String messageSid) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("MessageSid", messageSid);
        params.put("AccountSid", "ACsystemtest");
        params.put("From", from);
        params.put("To", to);
        params.put("Body", text);
        params.put("NumSegments", "1");
        return params;
    }

    /** A Twilio form POST, signed over the URL it is sent to. */
    Response twilio(Map<String, String> params) {
        return twilio(params, CarrierSigning.twilio(gateway + TWILIO, params));
    }

    Response twilio(Map<String, String> params, String signature) {
        return given().baseUri(gateway).contentType(FORM).header("X-Twilio-Signature", signature)
                .body(form(params)).post(TWILIO);
    }

    static String messageMediaSms(String from, String to, String text, String replyId) {
        return """
                {"message_id": "campaign-%s", "reply_id": "%s", "source_number": "%s", "destination_number": "%s",
                 "content": "%s", "date_received": "%s", "metadata": {"campaign": "system-test"}}"""
                .formatted(replyId, replyId, from, to, text, ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_INSTANT));
    }

    /** A MessageMedia JSON POST, signed over the request line, the Date header and the body. */
    Response messageMedia(String body) {
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC));
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return messageMedia(bytes, date, CarrierSigning.messageMedia("POST " + MESSAGEMEDIA + " HTTP/1.1", date, bytes));
    }

    Response messageMedia(byte[] body, String date, String signature) {
        return given().baseUri(gateway).contentType("application/json").header("Date", date)
                .header("X-Messagemedia-Signature", signature).body(body).post(MESSAGEMEDIA);
    }

    static String form(Map<String, String> params) {
        return params.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
