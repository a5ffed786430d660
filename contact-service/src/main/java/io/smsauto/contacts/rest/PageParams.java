package io.smsauto.contacts.rest;

import io.smsauto.conventions.rest.InvalidRequestException;
import io.smsauto.conventions.rest.MalformedRequestException;
import io.smsauto.conventions.rest.Violation;
import java.util.ArrayList;
import java.util.List;

/** {@code page} (from 0, default 0) and {@code size} (1..500, default 50) query parameters. */
record PageParams(int page, int size) {

    static final int DEFAULT_SIZE = 50;
    static final int MAX_SIZE = 500;

    static PageParams of(String page, String size) {
        int pageNumber = integer("page", page, 0);
        int pageSize = integer("size", size, DEFAULT_SIZE);
        List<Violation> violations = new ArrayList<>();
        if (pageNumber < 0) {
            violations.add(new Violation("page", "must be 0 or more"));
        }
        if (pageSize < 1 || pageSize > MAX_SIZE) {
            violations.add(new Violation("size", "must be between 1 and " + MAX_SIZE));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        return new PageParams(pageNumber, pageSize);
    }

    private static int integer(String name, String value, int absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new MalformedRequestException(name, "The query parameter " + name + " must be an integer.");
        }
    }
}
