package io.smsauto.gateway.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smsauto.conventions.rest.MalformedRequestException;
import java.util.HashMap;
import java.util.Map;

/**
 * A carrier's JSON webhook body read as flat parameters: every top-level string, number or
 * boolean as text. Nested objects and arrays (a carrier's metadata) and nulls are left out.
 */
public final class JsonParams {

    private JsonParams() {
    }

    /** @throws MalformedRequestException for a body that is not UTF-8 or not a JSON object */
    public static Map<String, String> parse(ObjectMapper json, byte[] body) {
        JsonNode root;
        try {
            root = json.readTree(StrictUtf8.decode(body, FormParams.BODY));
        } catch (JsonProcessingException e) {
            throw new MalformedRequestException(FormParams.BODY, "The body is not valid JSON.");
        }
        if (root == null || !root.isObject()) {
            throw new MalformedRequestException(FormParams.BODY, "The body must be a JSON object.");
        }
        Map<String, String> params = new HashMap<>();
        root.fields().forEachRemaining(field -> {
            if (field.getValue().isValueNode() && !field.getValue().isNull()) {
                params.put(field.getKey(), field.getValue().asText());
            }
        });
        return params;
    }
}
