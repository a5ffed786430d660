package io.smsauto.admin.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.smsauto.events.ActionType;
import io.smsauto.events.RecipientOutcome;
import java.time.Instant;
import java.util.List;

/**
 * One action event of an execution and, once its result arrived, how it ended.
 *
 * @param eventId    the action event's id
 * @param detail     the result's reason ({@code opted-out}, a provider's error…); absent while pending
 * @param recipients per-recipient outcomes, when the action has several recipients
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExecutionAction(String eventId, String actionId, String name, ActionType type, ActionStatus status,
        String detail, Integer attempt, Instant finishedAt, List<RecipientOutcome> recipients) {
}
