package io.smsauto.conventions.rest;

/** One field of a request and what is wrong with it. The field is a JSON path such as {@code actions[0].listId}. */
public record Violation(String field, String message) {
}
