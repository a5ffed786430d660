package io.smsauto.gateway.webhook;

import io.vertx.core.http.HttpServerRequest;

/** What a webhook is given: the HTTP request (query string, headers, URI) and its body as raw bytes (empty for a GET). */
public record WebhookRequest(HttpServerRequest http, byte[] body) {

    public String header(String name) {
        return http.getHeader(name);
    }
}
