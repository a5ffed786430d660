package io.smsauto.matching;

/**
 * A placeholder in an action's template field that {@link Templates} does not know: a {@code 422}.
 *
 * @param field the field that holds it: {@code message}, {@code url}, {@code headers[0].value},
 *              {@code params[2].value}
 * @param name  the placeholder's name, without braces
 */
public record UnknownPlaceholder(String field, String name) {
}
