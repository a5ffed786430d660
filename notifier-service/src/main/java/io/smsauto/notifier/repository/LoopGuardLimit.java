package io.smsauto.notifier.repository;

import java.time.Duration;

/** No recipient gets more than {@code maxSends} sends in {@code window}. */
public record LoopGuardLimit(int maxSends, Duration window) {
}
