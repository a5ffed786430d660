package io.smsauto.system;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The SMS the notifier sent, as the Vonage stand-in received them (form bodies, numbers without '+'). */
final class SentSms {

    private final WireMockServer vonage;

    SentSms(RunningSystem running) {
        this.vonage = running.vonage;
    }

    /** Every SMS sent to {@code number}, oldest first, as its form parameters. */
    List<Map<String, String>> to(String number) {
        return vonage.findAll(postRequestedFor(urlPathEqualTo("/sms/json"))
                        .withRequestBody(containing("to=" + number.substring(1))))
                .stream().map(r -> form(r.getBodyAsString()))
                .filter(sms -> number.substring(1).equals(sms.get("to")))
                .toList();
    }

    /** The texts of every SMS sent so far, by recipient (E.164), each recipient's oldest first. */
    Map<String, List<String>> textsByRecipient() {
        return vonage.findAll(postRequestedFor(urlPathEqualTo("/sms/json"))).stream()
                .map(r -> form(r.getBodyAsString()))
                .collect(Collectors.groupingBy(sms -> "+" + sms.get("to"),
                        Collectors.mapping(sms -> sms.get("text"), Collectors.toList())));
    }

    List<String> textsTo(String number) {
        return to(number).stream().map(sms -> sms.get("text")).toList();
    }

    /** Waits until an SMS with this text has been sent to {@code number} and returns it. */
    Map<String, String> awaitSent(String number, String text) {
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(
                () -> to(number).stream().filter(sms -> text.equals(sms.get("text"))).findFirst().orElse(null),
                sms -> sms != null);
    }

    private static Map<String, String> form(String body) {
        return Arrays.stream(body.split("&"))
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(p -> decode(p[0]), p -> p.length > 1 ? decode(p[1]) : "", (a, b) -> b));
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }
}
