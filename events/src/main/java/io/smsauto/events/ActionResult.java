package io.smsauto.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * How one action event ended: the value on {@code actions.results}, keyed by the contact's number.
 *
 * @param eventId    the action event this is the result of
 * @param detail     a short reason ({@code opted-out}, {@code not-a-member}, a provider's error…)
 * @param attempt    how many attempts it took, 1 for the first
 * @param recipients per-recipient outcomes when the action has several recipients; may be null
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ActionResult(
        String eventId,
        ActionType actionType,
        String automationId,
        String actionId,
        String contact,
        ResultStatus status,
        String detail,
        int attempt,
        Instant finishedAt,
        List<RecipientOutcome> recipients) {

    public static final String TYPE = "smsauto.action.result.v1";

    public static ActionResult of(ActionRequested request, ResultStatus status, String detail, int attempt,
            Instant finishedAt, List<RecipientOutcome> recipients) {
        String automationId = request.automation() == null ? null : request.automation().id();
        return new ActionResult(request.eventId(), request.action().type(), automationId, request.action().id(),
                request.contact(), status, detail, attempt, finishedAt, recipients);
    }
}
