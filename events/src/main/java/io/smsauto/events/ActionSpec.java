package io.smsauto.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One action with the fields of its type (the others are null). In the changelog its text fields
 * are templates; in an action event they are rendered for the message that triggered it.
 *
 * @param listId  ADD_TO_GROUP, REMOVE_FROM_GROUP
 * @param message SEND_REPLY: the reply; FORWARD_TO_MOBILE, FORWARD_TO_EMAIL: the forwarded text
 * @param numbers FORWARD_TO_MOBILE
 * @param emails  FORWARD_TO_EMAIL
 * @param method  FORWARD_TO_URL, with {@code url}, {@code headers} and {@code params}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ActionSpec(
        String id,
        String name,
        ActionType type,
        String listId,
        String message,
        List<String> numbers,
        List<String> emails,
        HttpMethod method,
        String url,
        List<KeyValue> headers,
        List<KeyValue> params) {

    public static ActionSpec reply(String id, String name, String message) {
        return new ActionSpec(id, name, ActionType.SEND_REPLY, null, message, null, null, null, null, null, null);
    }

    public static ActionSpec withoutFields(String id, String name, ActionType type) {
        return new ActionSpec(id, name, type, null, null, null, null, null, null, null, null);
    }
}
