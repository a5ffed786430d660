package io.smsauto.gateway.vonage;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.smsauto.gateway.webhook.FormParams;
import io.smsauto.gateway.webhook.JsonParams;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.Map;

/**
 * The three ways Vonage calls a webhook, as its dashboard is set: GET with a query string, POST with a
 * form body (query parameters merged in) or with a flat JSON body. Each webhook takes the parameters.
 */
abstract class VonageEndpoints {

    private final ObjectMapper json;

    VonageEndpoints(ObjectMapper json) {
        this.json = json;
    }

    /** Checks the parameters, stores what they say, and answers once it is stored. */
    abstract Uni<Response> accept(Map<String, String> params);

    @GET
    public Uni<Response> query(HttpServerRequest request) {
        return accept(queryParams(request));
    }

    /** One value per name, the first when a name repeats; the form's over the query string's. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> form(byte[] body, HttpServerRequest request) {
        Map<String, String> params = new HashMap<>(queryParams(request));
        params.putAll(FormParams.firstValues(FormParams.parse(body)));
        return accept(params);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> json(byte[] body) {
        return accept(JsonParams.parse(json, body));
    }

    private static Map<String, String> queryParams(HttpServerRequest request) {
        return FormParams.firstValues(FormParams.parseQuery(request.query()));
    }
}
