package io.smsauto.contacts.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smsauto.events.ActionRequested;
import io.smsauto.events.ActionType;
import io.smsauto.events.PhoneNumbers;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Reads an action event and checks what this service needs of it. */
@ApplicationScoped
public class ActionEventDecoder {

    private final ObjectMapper json;

    public ActionEventDecoder(ObjectMapper json) {
        this.json = json;
    }

    public ActionRequested decode(String value, ActionType expected) throws UnreadableEventException {
        if (value == null || value.isBlank()) {
            throw new UnreadableEventException("empty record");
        }
        ActionRequested request;
        try {
            request = json.readValue(value, ActionRequested.class);
        } catch (JsonProcessingException e) {
            throw new UnreadableEventException("not an action event: " + e.getOriginalMessage());
        }
        require(request != null && request.eventId() != null && !request.eventId().isBlank(), "no eventId");
        require(request.action() != null && request.action().type() == expected, "action.type is not " + expected);
        require(request.message() != null && PhoneNumbers.isE164(request.message().from()),
                "message.from is not an E.164 number");
        if (expected == ActionType.ADD_TO_GROUP || expected == ActionType.REMOVE_FROM_GROUP) {
            require(isUuid(request.action().listId()), "action.listId is not a list id");
        }
        return request;
    }

    private static void require(boolean condition, String problem) throws UnreadableEventException {
        if (!condition) {
            throw new UnreadableEventException(problem);
        }
    }

    private static boolean isUuid(String value) {
        if (value == null) {
            return false;
        }
        try {
            UUID.fromString(value);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
