package io.smsauto.admin.service;

import io.smsauto.admin.rest.ActionRequest;
import io.smsauto.conventions.rest.Violation;
import io.smsauto.events.ActionSpec;
import io.smsauto.events.ActionType;
import io.smsauto.events.Carrier;
import io.smsauto.events.HttpMethod;
import io.smsauto.events.InboundSms;
import io.smsauto.events.KeyValue;
import io.smsauto.matching.ActionTemplates;
import io.smsauto.matching.TemplateContext;
import io.smsauto.matching.Templates;
import io.smsauto.matching.UnknownPlaceholder;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Checks one action as sent against DESIGN.md §3 and returns it in canonical form, adding a violation per wrong field. */
final class ActionValidator {

    static final int MAX_MESSAGE = 1600;
    static final int MAX_RECIPIENTS = 10;

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern HEADER_NAME = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");
    private static final ActionType[] AUTOMATION_TYPES = Arrays.stream(ActionType.values())
            .filter(ActionType::automationMayHold).toArray(ActionType[]::new);
    /** Fills the placeholders of a URL so that a template URL can be checked as a URL. */
    private static final TemplateContext SAMPLE = new TemplateContext(new InboundSms("message-id", Carrier.VONAGE,
            "carrier-id", "+33612345678", "+33757000001", "sample text", Instant.EPOCH, null), "keyword", "args",
            "automation");

    private ActionValidator() {
    }

    /**
     * @param prefix the JSON path of the action ({@code actions[0]}), empty for an action sent alone
     * @return null when its type is unknown
     */
    static ActionSpec action(ActionRequest request, String prefix, List<Violation> violations) {
        if (request == null) {
            violations.add(new Violation(prefix, "an action is required"));
            return null;
        }
        String id = request.id() == null || request.id().isBlank() ? null : request.id().strip();
        String name = Fields.name(request.name(), Fields.path(prefix, "name"), violations);
        Optional<ActionType> type = Fields.oneOf(request.type(), Fields.path(prefix, "type"), violations, AUTOMATION_TYPES);
        if (type.isEmpty()) {
            return null;
        }
        ActionSpec action = fields(id, name, type.get(), request, prefix, violations);
        placeholders(action, prefix, violations);
        return action;
    }

    private static ActionSpec fields(String id, String name, ActionType type, ActionRequest request, String prefix,
            List<Violation> violations) {
        return switch (type) {
            case ADD_TO_GROUP, REMOVE_FROM_GROUP -> new ActionSpec(id, name, type,
                    Fields.required(request.listId(), Fields.path(prefix, "listId"), violations),
                    null, null, null, null, null, null, null);
            case SEND_REPLY -> new ActionSpec(id, name, type, null,
                    message(request.message(), Fields.path(prefix, "message"), violations),
                    null, null, null, null, null, null);
            case FORWARD_TO_MOBILE -> new ActionSpec(id, name, type, null, null,
                    Fields.numbers(request.numbers(), Fields.path(prefix, "numbers"), 1, MAX_RECIPIENTS, violations),
                    null, null, null, null, null);
            case FORWARD_TO_EMAIL -> new ActionSpec(id, name, type, null, null, null,
                    emails(request.emails(), Fields.path(prefix, "emails"), violations), null, null, null, null);
            case UNSUBSCRIBE -> ActionSpec.withoutFields(id, name, type);
            case FORWARD_TO_URL -> new ActionSpec(id, name, type, null, null, null, null,
                    Fields.oneOf(request.method(), Fields.path(prefix, "method"), violations, HttpMethod.values())
                            .orElse(null),
                    Fields.required(request.url(), Fields.path(prefix, "url"), violations),
                    headers(request.headers(), Fields.path(prefix, "headers"), violations),
                    keyValues(request.params(), Fields.path(prefix, "params"), violations));
            case OPT_IN -> throw new IllegalStateException("not among AUTOMATION_TYPES");
        };
    }

    /** Unknown placeholders in any template field; then, once its placeholders are known, the URL itself. */
    private static void placeholders(ActionSpec action, String prefix, List<Violation> violations) {
        List<UnknownPlaceholder> unknown = ActionTemplates.unknownPlaceholders(action);
        for (UnknownPlaceholder placeholder : unknown) {
            violations.add(new Violation(Fields.path(prefix, placeholder.field()), "{{" + placeholder.name()
                    + "}} is not a known placeholder; known: " + Templates.PLACEHOLDERS));
        }
        boolean urlHasUnknown = unknown.stream().anyMatch(u -> u.field().equals("url"));
        if (action.url() != null && !urlHasUnknown && !isHttpUrl(ActionTemplates.render(action, SAMPLE).url())) {
            violations.add(new Violation(Fields.path(prefix, "url"), "must be an absolute http or https URL"));
        }
    }

    private static String message(String value, String field, List<Violation> violations) {
        if (value == null || value.isBlank()) {
            violations.add(new Violation(field, "is required"));
        } else if (value.length() > MAX_MESSAGE) {
            violations.add(new Violation(field, "must be at most " + MAX_MESSAGE + " characters"));
        }
        return value;
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
            } else if (!emails.contains(email)) {
                emails.add(email);
            }
        }
        return emails;
    }

    private static boolean isHttpUrl(String value) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
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
        List<KeyValue> pairs = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            KeyValue pair = given.get(i);
            String key = pair == null ? null : pair.key();
            String value = pair == null || pair.value() == null ? "" : pair.value();
            if (key == null || key.isBlank()) {
                violations.add(new Violation(field + "[" + i + "].key", "is required"));
            } else if (hasLineBreak(key) || hasLineBreak(value)) {
                violations.add(new Violation(field + "[" + i + "]", "must not contain CR or LF"));
            }
            pairs.add(new KeyValue(key, value));
        }
        return pairs;
    }

    private static boolean hasLineBreak(String value) {
        return value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0;
    }
}
