package io.smsauto.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;

/**
 * One inbound message matched one automation: the value on {@code automations.triggered}, keyed
 * by the contact's number. Feeds the execution history.
 *
 * @param eventId {@link EventIds#triggered}
 * @param keyword the keyword or phrase that matched, as the automation spells it
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AutomationTriggered(
        String eventId,
        AutomationRef automation,
        String keyword,
        InboundSms message,
        List<TriggeredAction> actions,
        Instant triggeredAt) {

    public static final String TYPE = "smsauto.automation.triggered.v1";
}
