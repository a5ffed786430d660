package io.smsauto.admin.service;

import io.smsauto.events.InboundSms;
import java.time.Instant;
import java.util.List;

/**
 * One message that fired an automation, with each action it caused.
 *
 * @param eventId the automations.triggered event's id
 * @param keyword the keyword that matched, as the automation spelt it then
 */
public record Execution(String eventId, String keyword, Instant triggeredAt, InboundSms message,
        List<ExecutionAction> actions) {
}
