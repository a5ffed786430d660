package io.smsauto.events;

/** How an action ended. */
public enum ResultStatus {
    SUCCEEDED, FAILED, SKIPPED
}
