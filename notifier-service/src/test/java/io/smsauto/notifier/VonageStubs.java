package io.smsauto.notifier;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** What the Vonage stand-in answers for one recipient, and what it was asked, through WireMock's admin API. */
final class VonageStubs {

    private final WireMock admin;

    VonageStubs(URI baseUrl) {
        admin = new WireMock(baseUrl.getHost(), baseUrl.getPort());
    }

    /** Vonage's answer for one message, one segment. */
    static ResponseDefinitionBuilder status(int status, String errorText) {
        String body = """
                {"message-count": "1", "messages": [{"to": "33600000000", "status": "%d", "error-text": "%s"}]}
                """.formatted(status, errorText);
        return json(body);
    }

    static ResponseDefinitionBuilder accepted(String... messageIds) {
        StringBuilder messages = new StringBuilder();
        for (String id : messageIds) {
            messages.append(messages.length() == 0 ? "" : ",").append("""
                    {"to": "33600000000", "message-id": "%s", "status": "0", "remaining-balance": "10.0",
                     "message-price": "0.05", "network": "20801"}""".formatted(id));
        }
        return json("{\"message-count\": \"" + messageIds.length + "\", \"messages\": [" + messages + "]}");
    }

    static ResponseDefinitionBuilder httpStatus(int status) {
        return aResponse().withStatus(status).withBody("<html>error</html>");
    }

    /** Answers SMS to {@code recipient} with {@code answer}, always. */
    void answer(String recipient, ResponseDefinitionBuilder answer) {
        admin.register(post(urlPathEqualTo("/sms/json")).atPriority(1)
                .withFormParam("to", equalTo(Actions.digits(recipient))).willReturn(answer));
    }

    /** Answers every SMS whose text contains {@code marker} with {@code answer}. */
    void answerTexts(String marker, ResponseDefinitionBuilder answer) {
        admin.register(post(urlPathEqualTo("/sms/json")).atPriority(1)
                .withFormParam("text", containing(marker)).willReturn(answer));
    }

    /** Answers the SMS to {@code recipient} with each answer in turn, then with the last one. */
    void answerInTurn(String recipient, ResponseDefinitionBuilder... answers) {
        String scenario = "to " + recipient + " " + UUID.randomUUID();
        for (int i = 0; i < answers.length; i++) {
            String state = i == 0 ? Scenario.STARTED : "answer " + i;
            var stub = post(urlPathEqualTo("/sms/json")).atPriority(1)
                    .withFormParam("to", equalTo(Actions.digits(recipient)))
                    .inScenario(scenario).whenScenarioStateIs(state).willReturn(answers[i]);
            admin.register(i < answers.length - 1 ? stub.willSetStateTo("answer " + (i + 1)) : stub);
        }
    }

    List<LoggedRequest> requestsTo(String recipient) {
        return admin.find(postRequestedFor(urlPathEqualTo("/sms/json"))
                .withFormParam("to", equalTo(Actions.digits(recipient))));
    }

    /** How many SMS requests carried each client-ref (event id), in one look at the journal. */
    Map<String, Long> requestsByClientRef() {
        return admin.find(postRequestedFor(urlPathEqualTo("/sms/json"))).stream()
                .collect(Collectors.groupingBy(request -> request.formParameter("client-ref").firstValue(),
                        Collectors.counting()));
    }

    List<LoggedRequest> requestsFor(String eventId) {
        return admin.find(postRequestedFor(urlPathEqualTo("/sms/json")).withFormParam("client-ref", equalTo(eventId)));
    }

    private static ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }
}
