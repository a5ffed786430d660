package io.smsauto.matching;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Placeholders in action texts (DESIGN.md §3): {@code {{from}}}, {@code {{to}}}, {@code {{text}}},
 * {@code {{keyword}}}, {@code {{args}}}, {@code {{messageId}}}, {@code {{receivedAt}}} (ISO-8601,
 * UTC) and {@code {{automation}}} (its name). Spaces inside the braces are allowed
 * ({@code {{ from }}}); names are case-sensitive. A known placeholder without a value renders
 * empty. An unknown one is left as written: the API rejects it when the action is saved
 * ({@link #unknownPlaceholders}), and should one get through all the same, the text shows what is
 * wrong instead of silently losing it.
 */
public final class Templates {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^{}]*?)\\s*}}");

    private static final Map<String, Function<TemplateContext, Object>> VALUES = placeholders();

    /** The names of the known placeholders. */
    public static final Set<String> PLACEHOLDERS = Collections.unmodifiableSet(VALUES.keySet());

    private Templates() {
    }

    /** The names of the placeholders in {@code template} that are not known, each once, in order. */
    public static List<String> unknownPlaceholders(String template) {
        if (template == null) {
            return List.of();
        }
        Set<String> unknown = new LinkedHashSet<>();
        Matcher placeholder = PLACEHOLDER.matcher(template);
        while (placeholder.find()) {
            if (!VALUES.containsKey(placeholder.group(1))) {
                unknown.add(placeholder.group(1));
            }
        }
        return new ArrayList<>(unknown);
    }

    /** {@code template} with its known placeholders filled from {@code context}; null stays null. */
    public static String render(String template, TemplateContext context) {
        return render(template, context, UnaryOperator.identity());
    }

    /**
     * As {@link #render(String, TemplateContext)}, each value passed through {@code escape} first.
     * Values are inserted once: a message text that holds {@code {{to}}} stays as the sender wrote it.
     */
    static String render(String template, TemplateContext context, UnaryOperator<String> escape) {
        if (template == null) {
            return null;
        }
        return PLACEHOLDER.matcher(template).replaceAll(placeholder -> {
            Function<TemplateContext, Object> value = VALUES.get(placeholder.group(1));
            String rendered = value == null ? placeholder.group() : escape.apply(valueOrEmpty(value.apply(context)));
            return Matcher.quoteReplacement(rendered);
        });
    }

    private static String valueOrEmpty(Object value) {
        return value == null ? "" : value.toString();
    }

    private static Map<String, Function<TemplateContext, Object>> placeholders() {
        Map<String, Function<TemplateContext, Object>> values = new LinkedHashMap<>();
        values.put("from", c -> c.message().from());
        values.put("to", c -> c.message().to());
        values.put("text", c -> c.message().text());
        values.put("keyword", TemplateContext::keyword);
        values.put("args", TemplateContext::args);
        values.put("messageId", c -> c.message().id());
        values.put("receivedAt", c -> c.message().receivedAt() == null ? null
                : DateTimeFormatter.ISO_INSTANT.format(c.message().receivedAt()));
        values.put("automation", TemplateContext::automationName);
        return Collections.unmodifiableMap(values);
    }
}
