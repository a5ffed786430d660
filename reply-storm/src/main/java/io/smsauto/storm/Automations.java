package io.smsauto.storm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Seeds the storm's automations through the public APIs: a contact list at contact-service, then at
 * automation-admin the reply automation (reply SMS + add to the list) and the forward-to-URL one.
 */
final class Automations {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String token;

    Automations(String token) {
        this.token = token;
    }

    /** Creates the list and both automations; returns the list's id. */
    String seed(URI admin, URI contacts, String runId, String urlTarget) throws IOException, InterruptedException {
        String listId = post(contacts.resolve("/api/v1/lists"), Map.of("name", "storm " + runId)).path("id").asText();
        post(admin.resolve("/api/v1/automations"), Map.of(
                "name", "Storm offer",
                "enabled", true,
                "numbers", List.of(),
                "trigger", Map.of("keywords", List.of(StormPlan.REPLY_KEYWORD), "match", "FIRST_WORD"),
                "actions", List.of(
                        Map.of("name", "Reply", "type", "SEND_REPLY",
                                "message", "Thanks {{from}}, your offer code is {{messageId}}"),
                        Map.of("name", "Join list", "type", "ADD_TO_GROUP", "listId", listId))));
        post(admin.resolve("/api/v1/automations"), Map.of(
                "name", "Storm callback",
                "enabled", true,
                "numbers", List.of(),
                "trigger", Map.of("keywords", List.of(StormPlan.URL_KEYWORD), "match", "FIRST_WORD"),
                "actions", List.of(Map.of("name", "Tell the CRM", "type", "FORWARD_TO_URL", "method", "GET",
                        "url", urlTarget,
                        "headers", List.of(),
                        "params", List.of(Map.of("key", "from", "value", "{{from}}"),
                                Map.of("key", "text", "value", "{{text}}"))))));
        return listId;
    }

    private JsonNode post(URI uri, Object body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IOException("POST " + uri + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }
}
