package io.smsauto.admin.service;

import io.smsauto.admin.rest.ActionRequest;
import io.smsauto.admin.rest.AutomationRequest;
import io.smsauto.conventions.rest.InvalidRequestException;
import io.smsauto.conventions.rest.Violation;
import io.smsauto.events.ActionSpec;
import io.smsauto.events.ActionType;
import io.smsauto.events.HttpMethod;
import io.smsauto.events.KeyValue;
import io.smsauto.events.MatchMode;
import io.smsauto.events.PhoneNumbers;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks an automation as sent against DESIGN.md §3 and returns it in canonical form, or throws
 * {@link InvalidRequestException} with a violation for every wrong field.
 */
@ApplicationScoped
public class AutomationValidator {

    static final int MAX_NAME = 100;
    static final int MAX_KEYWORDS = 20;
    static final int MAX_MESSAGE = 1600;
    static final int MAX_RECIPIENTS = 10;

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern HEADER_NAME = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

    public ValidAutomation validate(AutomationRequest request) {
        List<Violation> violations = new ArrayList<>();
        if (request == null) {
            throw new InvalidRequestException("", "a JSON object is required");
        }
        String name = name(request.name(), "name", violations);
        List<String> numbers = numbers(request.numbers(), "numbers", 0, Integer.MAX_VALUE, violations);
        List<String> keywords = keywords(request.trigger(), violations);
        MatchMode match = match(request.trigger(), violations);
        List<ActionSpec> actions = new ArrayList<>();
        if (request.actions() == null || request.actions().isEmpty()) {
            violations.add(new Violation("actions", "an automation needs at least one action"));
        } else {
            for (int i = 0; i < request.actions().size(); i++) {
                actions.add(action(request.actions().get(i), "actions[" + i + "]", violations));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        return new ValidAutomation(name, request.enabled() == null || request.enabled(), numbers, keywords, match,
                actions);
    }

    /** Checks one action on its own, as POST and PUT /actions send it. */
    public ActionSpec validate(ActionRequest request) {
        List<Violation> violations = new ArrayList<>();
        ActionSpec action = action(request, "", violations);
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        return action;
    }

    private ActionSpec action(ActionRequest request, String path, List<Violation> violations) {
        String prefix = path.isEmpty() ? "" : path + ".";
        if (request == null) {
            violations.add(new Violation(path, "an action is required"));
            return null;
        }
        String name = name(request.name(), prefix + "name", violations);
        Optional<ActionType> type = actionType(request.type(), prefix + "type", violations);
        if (type.isEmpty()) {
            return null;
        }
        return switch (type.get()) {
            case ADD_TO_GROUP, REMOVE_FROM_GROUP -> new ActionSpec(null, name, type.get(),
                    required(request.listId(), prefix + "listId", violations), null, null, null, null, null, null, null);
            case SEND_REPLY -> new ActionSpec(null, name, type.get(), null,
                    message(request.message(), prefix + "message", violations), null, null, null, null, null, null);
            case FORWARD_TO_MOBILE -> new ActionSpec(null, name, type.get(), null, null,
                    numbers(request.numbers(), prefix + "numbers", 1, MAX_RECIPIENTS, violations),
                    null, null, null, null, null);
            case FORWARD_TO_EMAIL -> new ActionSpec(null, name, type.get(), null, null, null,
                    emails(request.emails(), prefix + "emails", violations), null, null, null, null);
            case UNSUBSCRIBE -> ActionSpec.withoutFields(null, name, type.get());
            case FORWARD_TO_URL -> new ActionSpec(null, name, type.get(), null, null, null, null,
                    method(request.method(), prefix + "method", violations), url(request.url(), prefix + "url", violations),
                    headers(request.headers(), prefix + "headers", violations),
                    keyValues(request.params(), prefix + "params", violations));
            case OPT_IN -> throw new IllegalStateException("excluded by actionType");
        };
    }

    private static String name(String value, String field, List<Violation> violations) {
        if (value == null || value.isBlank()) {
            violations.add(new Violation(field, "is required"));
            return value;
        }
        String name = value.strip();
        if (name.length() > MAX_NAME) {
            violations.add(new Violation(field, "must be at most " + MAX_NAME + " characters"));
        }
        return name;
    }

    private static String required(String value, String field, List<Violation> violations) {
        if (value == null || value.isBlank()) {
            violations.add(new Violation(field, "is required"));
        }
        return value == null ? null : value.strip();
    }

    private static String message(String value, String field, List<Violation> violations) {
        if (value == null || value.isBlank()) {
            violations.add(new Violation(field, "is required"));
        } else if (value.length() > MAX_MESSAGE) {
            violations.add(new Violation(field, "must be at most " + MAX_MESSAGE + " characters"));
        }
        return value;
    }

    private static List<String> numbers(List<String> values, String field, int min, int max, List<Violation> violations) {
        List<String> numbers = new ArrayList<>();
        List<String> given = values == null ? List.of() : values;
        if (given.size() < min || given.size() > max) {
            violations.add(new Violation(field, min == 0 ? "must hold at most " + max + " numbers"
                    : "must hold " + min + " to " + max + " numbers"));
        }
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

    private static List<String> emails(List<String> values, String field, List<Violation> violations) {
        List<String> given = values == null ? List.of() : values;
        if (given.isEmpty() || given.size() > MAX_RECIPIENTS) {
            violations.add(new Violation(field, "must hold 1 to " + MAX_RECIPIENTS + " email addresses"));
        }
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            String email = given.get(i) == null ? "" : given.get(i).strip();
            if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
                violations.add(new Violation(field + "[" + i + "]", "is not an email address"));
            } else {
                emails.add(email);
            }
        }
        return emails;
    }

    private static List<String> keywords(AutomationRequest.TriggerRequest trigger, List<Violation> violations) {
        List<String> given = trigger == null || trigger.keywords() == null ? List.of() : trigger.keywords();
        if (given.isEmpty() || given.size() > MAX_KEYWORDS) {
            violations.add(new Violation("trigger.keywords", "must hold 1 to " + MAX_KEYWORDS + " keywords"));
        }
        List<String> keywords = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            String keyword = given.get(i) == null ? "" : given.get(i).strip();
            if (keyword.isEmpty()) {
                violations.add(new Violation("trigger.keywords[" + i + "]", "must not be empty"));
            } else {
                keywords.add(keyword);
            }
        }
        return keywords;
    }

    private static MatchMode match(AutomationRequest.TriggerRequest trigger, List<Violation> violations) {
        String value = trigger == null ? null : trigger.match();
        return enumValue(MatchMode.class, value, "trigger.match", violations).orElse(null);
    }

    private static Optional<ActionType> actionType(String value, String field, List<Violation> violations) {
        Optional<ActionType> type = enumValue(ActionType.class, value, field, violations);
        if (type.isPresent() && !type.get().automationMayHold()) {
            violations.add(new Violation(field, "must be one of " + automationActionTypes()));
            return Optional.empty();
        }
        return type;
    }

    private static HttpMethod method(String value, String field, List<Violation> violations) {
        return enumValue(HttpMethod.class, value, field, violations).orElse(null);
    }

    private static String url(String value, String field, List<Violation> violations) {
        if (value == null || value.isBlank()) {
            violations.add(new Violation(field, "is required"));
            return value;
        }
        try {
            URI uri = new URI(value.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                violations.add(new Violation(field, "must be an absolute http or https URL"));
            }
        } catch (URISyntaxException e) {
            violations.add(new Violation(field, "must be an absolute http or https URL"));
        }
        return value.strip();
    }

    private static List<KeyValue> headers(List<KeyValue> values, String field, List<Violation> violations) {
        List<KeyValue> headers = keyValues(values, field, violations);
        for (int i = 0; i < headers.size(); i++) {
            String key = headers.get(i).key();
            if (key != null && !HEADER_NAME.matcher(key).matches()) {
                violations.add(new Violation(field + "[" + i + "].key", "is not a valid HTTP header name"));
            }
        }
        return headers;
    }

    private static List<KeyValue> keyValues(List<KeyValue> values, String field, List<Violation> violations) {
        List<KeyValue> given = values == null ? List.of() : values;
        for (int i = 0; i < given.size(); i++) {
            KeyValue pair = given.get(i);
            if (pair == null || pair.key() == null || pair.key().isBlank()) {
                violations.add(new Violation(field + "[" + i + "].key", "is required"));
            } else if (hasLineBreak(pair.key()) || hasLineBreak(pair.value())) {
                violations.add(new Violation(field + "[" + i + "]", "must not contain CR or LF"));
            }
        }
        return given.stream().map(p -> p == null ? new KeyValue(null, null)
                : new KeyValue(p.key(), p.value() == null ? "" : p.value())).toList();
    }

    private static boolean hasLineBreak(String value) {
        return value != null && (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0);
    }

    private static <E extends Enum<E>> Optional<E> enumValue(Class<E> type, String value, String field,
            List<Violation> violations) {
        if (value != null) {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equalsIgnoreCase(value.strip())) {
                    return Optional.of(constant);
                }
            }
        }
        String allowed = type == ActionType.class ? automationActionTypes() : Arrays.toString(type.getEnumConstants());
        violations.add(new Violation(field, "must be one of " + allowed));
        return Optional.empty();
    }

    private static String automationActionTypes() {
        return Arrays.stream(ActionType.values()).filter(ActionType::automationMayHold).map(Enum::name).toList().toString();
    }
}
