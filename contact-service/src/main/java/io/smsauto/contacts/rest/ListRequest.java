package io.smsauto.contacts.rest;

import io.smsauto.conventions.rest.InvalidRequestException;

/** The body of POST /api/v1/lists and PUT /api/v1/lists/{id}. */
public record ListRequest(String name) {

    static final int MAX_NAME_LENGTH = 100;

    /** The name without surrounding spaces; 422 when it is missing, blank or too long. */
    static String validName(ListRequest request) {
        String name = request == null || request.name() == null ? "" : request.name().strip();
        if (name.isEmpty()) {
            throw new InvalidRequestException("name", "is required");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw new InvalidRequestException("name", "must be at most " + MAX_NAME_LENGTH + " characters");
        }
        return name;
    }
}
