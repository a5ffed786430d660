package io.smsauto.contacts;

import io.smsauto.events.ActionRequested;
import io.smsauto.events.ActionResult;
import io.smsauto.events.ResultStatus;
import java.time.Instant;

/** How an action event ended, as recorded with its event id: a redelivery repeats exactly this result. */
public record ActionOutcome(ResultStatus status, String detail, Instant finishedAt) {

    public static ActionOutcome succeeded(String detail, Instant at) {
        return new ActionOutcome(ResultStatus.SUCCEEDED, detail, at);
    }

    public static ActionOutcome skipped(String detail, Instant at) {
        return new ActionOutcome(ResultStatus.SKIPPED, detail, at);
    }

    public static ActionOutcome failed(String detail, Instant at) {
        return new ActionOutcome(ResultStatus.FAILED, detail, at);
    }

    public ActionResult toResult(ActionRequested request) {
        return ActionResult.of(request, status, detail, 1, finishedAt, null);
    }
}
