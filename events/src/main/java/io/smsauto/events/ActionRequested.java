package io.smsauto.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * One action to run for one inbound message: the value on {@code actions.<type>}, keyed by the
 * contact's number, CloudEvents type {@link ActionType#eventType()}.
 *
 * @param eventId    {@link EventIds#action}: the same however often the message is processed
 * @param automation the automation that fired; null for a built-in keyword
 * @param builtin    the built-in keyword that fired; null for an automation
 * @param action     the action with its fields rendered for this message
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ActionRequested(
        String eventId,
        AutomationRef automation,
        BuiltinKeyword builtin,
        ActionSpec action,
        InboundSms message,
        Instant requestedAt) {

    /** The contact whose message triggered the action: the record key. */
    public String contact() {
        return message.from();
    }
}
