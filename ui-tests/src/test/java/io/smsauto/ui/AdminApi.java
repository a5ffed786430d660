package io.smsauto.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** automation-admin's REST API, to set up what a test does not do through the UI. */
final class AdminApi {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private AdminApi() {
    }

    /** POSTs {@code body}, expecting 201; the created resource. */
    static JsonNode create(String path, String body) throws Exception {
        return post(path, body, 201);
    }

    /** POSTs {@code body}, expecting {@code status}; the answer. */
    static JsonNode post(String path, String body, int status) throws Exception {
        return send("POST", path, HttpRequest.BodyPublishers.ofString(body), status);
    }

    /** PUTs without a body, expecting {@code status}; the answer. */
    static JsonNode put(String path, int status) throws Exception {
        return send("PUT", path, HttpRequest.BodyPublishers.noBody(), status);
    }

    private static JsonNode send(String method, String path, HttpRequest.BodyPublisher body, int status)
            throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(UiSystem.adminUrl() + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + UiSystem.API_TOKEN)
                .header("Content-Type", "application/json")
                .method(method, body).build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != status) {
            throw new IOException(method + " " + path + ": " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body());
    }
}
