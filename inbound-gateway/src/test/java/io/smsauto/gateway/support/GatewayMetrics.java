package io.smsauto.gateway.support;

import static io.restassured.RestAssured.given;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the gateway's webhook counters from {@code /q/metrics}, as Prometheus would. */
public final class GatewayMetrics {

    private static final Pattern COUNT = Pattern.compile(
            "^smsauto_gateway_webhook_requests_seconds_count\\{([^}]*)\\} (\\S+)(?: #.*)?$", Pattern.MULTILINE);

    private static final Pattern RECEIVED = Pattern.compile(
            "^smsauto_messages_received_total\\{([^}]*)\\} (\\S+)(?: #.*)?$", Pattern.MULTILINE);

    private static final Pattern RECEIPTS = Pattern.compile(
            "^smsauto_delivery_receipts_total\\{([^}]*)\\} (\\S+)(?: #.*)?$", Pattern.MULTILINE);

    private GatewayMetrics() {
    }

    /** How many webhooks of {@code carrier} ended with this outcome and reason so far. */
    public static double count(String carrier, String outcome, String reason) {
        return value(COUNT, "carrier=\"" + carrier + "\"", "outcome=\"" + outcome + "\"", "reason=\"" + reason + "\"");
    }

    /** How many messages of {@code carrier} were stored on sms.inbound so far. */
    public static double received(String carrier) {
        return value(RECEIVED, "carrier=\"" + carrier + "\"");
    }

    /** How many delivery receipts of {@code carrier} with this status were stored on sms.delivery-receipts so far. */
    public static double deliveryReceipts(String carrier, String status) {
        return value(RECEIPTS, "carrier=\"" + carrier + "\"", "status=\"" + status + "\"");
    }

    /** The value of the first series of {@code metric} carrying every one of {@code labels}; 0 when there is none yet. */
    private static double value(Pattern metric, String... labels) {
        Matcher matcher = metric.matcher(given().when().get("/q/metrics").then().statusCode(200).extract().asString());
        while (matcher.find()) {
            String found = matcher.group(1);
            if (Arrays.stream(labels).allMatch(found::contains)) {
                return Double.parseDouble(matcher.group(2));
            }
        }
        return 0;
    }
}
