package io.smsauto.matching;

import io.smsauto.events.ActionSpec;
import io.smsauto.events.KeyValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The template fields of an action: {@code message}, {@code url}, and the values of
 * {@code headers} and {@code params}. Names, list ids, numbers, emails, the method and header or
 * param keys are taken as they are.
 *
 * <p>What a value inserted into the URL or a header may hold is limited, because it may come from
 * the sender ({@code {{text}}}, {@code {{args}}}): in the URL it is percent-encoded, so that it
 * cannot add query parameters or change the path; in a header value, line breaks and other
 * control characters become spaces, so that it cannot add headers. Params are encoded by whoever
 * sends them (query string or JSON body).
 */
public final class ActionTemplates {

    private static final UnaryOperator<String> PERCENT_ENCODE =
            value -> URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    private static final UnaryOperator<String> NO_CONTROL_CHARACTERS =
            value -> value.replaceAll("\\p{Cc}", " ");

    private ActionTemplates() {
    }

    /** {@code action} with every template field rendered for {@code context}. */
    public static ActionSpec render(ActionSpec action, TemplateContext context) {
        return new ActionSpec(action.id(), action.name(), action.type(), action.listId(),
                Templates.render(action.message(), context),
                action.numbers(), action.emails(), action.method(),
                Templates.render(action.url(), context, PERCENT_ENCODE),
                renderValues(action.headers(), context, NO_CONTROL_CHARACTERS),
                renderValues(action.params(), context, UnaryOperator.identity()));
    }

    /** The unknown placeholders in every template field of {@code action}, field by field. */
    public static List<UnknownPlaceholder> unknownPlaceholders(ActionSpec action) {
        List<UnknownPlaceholder> unknown = new ArrayList<>();
        addUnknown(unknown, "message", action.message());
        addUnknown(unknown, "url", action.url());
        addUnknownValues(unknown, "headers", action.headers());
        addUnknownValues(unknown, "params", action.params());
        return unknown;
    }

    private static List<KeyValue> renderValues(List<KeyValue> entries, TemplateContext context,
            UnaryOperator<String> escape) {
        if (entries == null) {
            return null;
        }
        List<KeyValue> rendered = new ArrayList<>(entries.size());
        for (KeyValue entry : entries) {
            rendered.add(new KeyValue(entry.key(), Templates.render(entry.value(), context, escape)));
        }
        return rendered;
    }

    private static void addUnknownValues(List<UnknownPlaceholder> unknown, String field, List<KeyValue> entries) {
        if (entries != null) {
            for (int i = 0; i < entries.size(); i++) {
                addUnknown(unknown, field + "[" + i + "].value", entries.get(i).value());
            }
        }
    }

    private static void addUnknown(List<UnknownPlaceholder> unknown, String field, String template) {
        for (String name : Templates.unknownPlaceholders(template)) {
            unknown.add(new UnknownPlaceholder(field, name));
        }
    }
}
