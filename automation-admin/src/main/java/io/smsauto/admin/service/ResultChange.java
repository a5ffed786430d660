package io.smsauto.admin.service;

import io.smsauto.events.ResultStatus;

/**
 * What storing a result changed for its action: {@link Kind#FIRST} for the action's first result,
 * {@link Kind#CORRECTED} when it replaced one of another status (a delivery receipt or a resend settled an
 * unknown outcome), {@link Kind#NONE} when it came again or was older than the one stored.
 */
public record ResultChange(Kind kind, ResultStatus previous) {

    public enum Kind { FIRST, CORRECTED, NONE }

    public static final ResultChange FIRST = new ResultChange(Kind.FIRST, null);
    public static final ResultChange NONE = new ResultChange(Kind.NONE, null);

    /** The change from a stored result of status {@code previous} to one of status {@code current}. */
    public static ResultChange from(ResultStatus previous, ResultStatus current) {
        return previous == current ? NONE : new ResultChange(Kind.CORRECTED, previous);
    }
}
