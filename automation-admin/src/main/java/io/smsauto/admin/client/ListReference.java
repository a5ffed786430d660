package io.smsauto.admin.client;

/** A list an action refers to, and the field of the request that names it. */
public record ListReference(String field, String listId) {
}
