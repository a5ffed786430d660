package io.smsauto.contacts;

import java.util.UUID;

/** A list as the API shows it. */
public record ListSummary(UUID id, String name, long memberCount) {
}
