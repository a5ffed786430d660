package io.smsauto.gateway.vonage;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smsauto.gateway.webhook.FormParams;
import io.smsauto.gateway.webhook.JsonParams;
import io.vertx.core.http.HttpServerRequest;
import java.util.HashMap;
import java.util.Map;

/**
 * The parameters of a Vonage webhook, which Vonage sends as a query string, a form body or a JSON body
 * as its dashboard says: one value per name, the first when a name repeats.
 */
final class VonageParams {

    private VonageParams() {
    }

    static Map<String, String> ofQuery(HttpServerRequest request) {
        return FormParams.firstValues(FormParams.parseQuery(request.query()));
    }

    /** The form's values, over those of the query string. */
    static Map<String, String> ofForm(byte[] body, HttpServerRequest request) {
        Map<String, String> params = new HashMap<>(ofQuery(request));
        params.putAll(FormParams.firstValues(FormParams.parse(body)));
        return params;
    }

    static Map<String, String> ofJson(ObjectMapper json, byte[] body) {
        return JsonParams.parse(json, body);
    }
}
