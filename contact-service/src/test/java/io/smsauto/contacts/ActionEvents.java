package io.smsauto.contacts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smsauto.events.ActionRequested;
import io.smsauto.events.ActionSpec;
import io.smsauto.events.ActionType;
import io.smsauto.events.AutomationRef;
import io.smsauto.events.BuiltinKeyword;
import io.smsauto.events.Carrier;
import io.smsauto.events.EventIds;
import io.smsauto.events.EventJson;
import io.smsauto.events.InboundSms;
import java.time.Instant;
import java.util.UUID;

/** Action events as keyword-matcher writes them. */
final class ActionEvents {

    static final ObjectMapper JSON = EventJson.newMapper();

    private ActionEvents() {
    }

    static ActionRequested addToGroup(String from, String listId) {
        return group(ActionType.ADD_TO_GROUP, from, listId);
    }

    static ActionRequested removeFromGroup(String from, String listId) {
        return group(ActionType.REMOVE_FROM_GROUP, from, listId);
    }

    /** The built-in STOP, sent at {@code sentAt}. */
    static ActionRequested stop(String from, Instant sentAt) {
        return builtin(BuiltinKeyword.OPT_OUT, ActionType.UNSUBSCRIBE, from, sentAt);
    }

    /** The built-in START, sent at {@code sentAt}. */
    static ActionRequested start(String from, Instant sentAt) {
        return builtin(BuiltinKeyword.OPT_IN, ActionType.OPT_IN, from, sentAt);
    }

    private static ActionRequested group(ActionType type, String from, String listId) {
        InboundSms sms = sms(from, Instant.now());
        String actionId = UUID.randomUUID().toString();
        ActionSpec action = new ActionSpec(actionId, "Group", type, listId, null, null, null, null, null, null, null);
        return new ActionRequested(EventIds.action(sms.id(), actionId), new AutomationRef("a-" + actionId, "Lists"),
                null, action, sms, Instant.now());
    }

    private static ActionRequested builtin(BuiltinKeyword keyword, ActionType type, String from, Instant sentAt) {
        InboundSms sms = sms(from, sentAt);
        ActionSpec action = ActionSpec.withoutFields("builtin:" + type, "Built-in", type);
        return new ActionRequested(EventIds.action(sms.id(), action.id()), null, keyword, action, sms, Instant.now());
    }

    private static InboundSms sms(String from, Instant receivedAt) {
        String carrierId = UUID.randomUUID().toString();
        return new InboundSms(EventIds.inboundMessage(Carrier.VONAGE, carrierId), Carrier.VONAGE, carrierId, from,
                "+33757000001", "text", receivedAt, null);
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
