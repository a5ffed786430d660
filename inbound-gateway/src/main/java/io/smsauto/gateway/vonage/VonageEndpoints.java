package io.smsauto.gateway.vonage;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.smsauto.gateway.webhook.CarrierWebhook;
import io.smsauto.gateway.webhook.FormParams;
import io.smsauto.gateway.webhook.JsonParams;
import io.smsauto.gateway.webhook.Webhook;
import io.smsauto.gateway.webhook.WebhookAnswer;
import io.smsauto.gateway.webhook.WebhookRequest;
import jakarta.ws.rs.core.MediaType;
import java.util.HashMap;
import java.util.Map;

/**
 * The three ways Vonage calls a webhook, as its dashboard is set: GET with a query string, POST with a
 * form body (query parameters merged in) or with a flat JSON body. Each webhook takes the parameters.
 */
abstract class VonageEndpoints implements CarrierWebhook {

    private final String path;
    private final ObjectMapper json;

    VonageEndpoints(String path, ObjectMapper json) {
        this.path = path;
        this.json = json;
    }

    /** Checks the parameters, stores what they say, and answers once it is stored. */
    abstract Uni<WebhookAnswer> accept(Map<String, String> params);

    @Override
    public Webhook webhook() {
        return Webhook.getAndPost(path, this::query,
                new Webhook.Body(MediaType.APPLICATION_FORM_URLENCODED, this::form),
                new Webhook.Body(MediaType.APPLICATION_JSON, this::json));
    }

    private Uni<WebhookAnswer> query(WebhookRequest request) {
        return accept(queryParams(request));
    }

    /** One value per name, the first when a name repeats; the form's over the query string's. */
    private Uni<WebhookAnswer> form(WebhookRequest request) {
        Map<String, String> params = new HashMap<>(queryParams(request));
        params.putAll(FormParams.firstValues(FormParams.parse(request.body())));
        return accept(params);
    }

    private Uni<WebhookAnswer> json(WebhookRequest request) {
        return accept(JsonParams.parse(json, request.body()));
    }

    private static Map<String, String> queryParams(WebhookRequest request) {
        return FormParams.firstValues(FormParams.parseQuery(request.http().query()));
    }
}
