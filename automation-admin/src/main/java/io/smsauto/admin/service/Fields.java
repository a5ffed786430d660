package io.smsauto.admin.service;

import io.smsauto.conventions.rest.Violation;
import io.smsauto.events.PhoneNumbers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Checks shared by automations and actions; each adds a violation naming the field and returns the canonical value. */
final class Fields {

    static final int MAX_NAME = 100;

    private Fields() {
    }

    static String name(String value, String field, List<Violation> violations) {
        String name = required(value, field, violations);
        if (name != null && name.length() > MAX_NAME) {
            violations.add(new Violation(field, "must be at most " + MAX_NAME + " characters"));
        }
        return name;
    }

    /** The value stripped, or a violation when it is missing or blank. */
    static String required(String value, String field, List<Violation> violations) {
        if (value == null || value.isBlank()) {
            violations.add(new Violation(field, "is required"));
            return null;
        }
        return value.strip();
    }

    /** {@code min} to {@code max} phone numbers, in E.164, without duplicates. */
    static List<String> numbers(List<String> values, String field, int min, int max, List<Violation> violations) {
        List<String> given = values == null ? List.of() : values;
        if (given.size() < min || given.size() > max) {
            violations.add(new Violation(field, min == 0 ? "must hold at most " + max + " numbers"
                    : "must hold " + min + " to " + max + " numbers"));
        }
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            Optional<String> number = PhoneNumbers.toE164(given.get(i));
            if (number.isEmpty()) {
                violations.add(new Violation(field + "[" + i + "]", "is not an E.164 phone number"));
            } else if (!numbers.contains(number.get())) {
                numbers.add(number.get());
            }
        }
        return numbers;
    }

    /** The constant named {@code value} (any case) among {@code allowed}. */
    @SafeVarargs
    static <E extends Enum<E>> Optional<E> oneOf(String value, String field, List<Violation> violations, E... allowed) {
        if (value != null) {
            for (E constant : allowed) {
                if (constant.name().equalsIgnoreCase(value.strip())) {
                    return Optional.of(constant);
                }
            }
        }
        violations.add(new Violation(field, "must be one of " + Arrays.toString(allowed)));
        return Optional.empty();
    }

    static String path(String prefix, String field) {
        return prefix.isEmpty() ? field : prefix + "." + field;
    }
}
