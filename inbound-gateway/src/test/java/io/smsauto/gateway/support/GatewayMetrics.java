package io.smsauto.gateway.support;

import static io.restassured.RestAssured.given;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the gateway's webhook counters from {@code /q/metrics}, as Prometheus would. */
public final class GatewayMetrics {

    private static final Pattern COUNT = Pattern.compile(
            "^smsauto_gateway_webhook_requests_seconds_count\\{([^}]*)\\} (\\S+)(?: #.*)?$", Pattern.MULTILINE);

    private static final Pattern RECEIVED = Pattern.compile(
            "^smsauto_messages_received_total\\{carrier=\"([a-z]+)\"[^}]*\\} (\\S+)(?: #.*)?$", Pattern.MULTILINE);

    private GatewayMetrics() {
    }

    /** How many webhooks of {@code carrier} ended with this outcome and reason so far. */
    public static double count(String carrier, String outcome, String reason) {
        String text = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher matcher = COUNT.matcher(text);
        while (matcher.find()) {
            String labels = matcher.group(1);
            if (labels.contains("carrier=\"" + carrier + "\"") && labels.contains("outcome=\"" + outcome + "\"")
                    && labels.contains("reason=\"" + reason + "\"")) {
                return Double.parseDouble(matcher.group(2));
            }
        }
        return 0;
    }

    /** How many messages of {@code carrier} were stored on sms.inbound so far. */
    public static double received(String carrier) {
        Matcher matcher = RECEIVED.matcher(given().when().get("/q/metrics").then().statusCode(200).extract().asString());
        while (matcher.find()) {
            if (matcher.group(1).equals(carrier)) {
                return Double.parseDouble(matcher.group(2));
            }
        }
        return 0;
    }
}
