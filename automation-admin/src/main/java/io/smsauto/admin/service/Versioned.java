package io.smsauto.admin.service;

/** A value with the version of the automation it was read from or saved as: the API's ETag. */
public record Versioned<T>(T value, long version) {
}
