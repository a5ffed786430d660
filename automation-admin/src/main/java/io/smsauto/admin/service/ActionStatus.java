package io.smsauto.admin.service;

/** Where one action of an execution stands: PENDING until its result arrives, then how it ended. */
public enum ActionStatus {
    PENDING, SUCCEEDED, FAILED, SKIPPED
}
