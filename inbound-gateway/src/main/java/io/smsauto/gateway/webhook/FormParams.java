package io.smsauto.gateway.webhook;

import io.smsauto.conventions.rest.MalformedRequestException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code application/x-www-form-urlencoded} data (a form body or a raw query string) the
 * strict way: every name and value must be valid percent-encoding of valid UTF-8, or the request
 * is answered 400 naming the field.
 */
public final class FormParams {

    /** The field a problem is reported against when it cannot be pinned on one parameter. */
    public static final String BODY = "body";

    private FormParams() {
    }

    /** Every parameter with all its values, in the order they came. */
    public static Map<String, List<String>> parse(byte[] raw) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        byte[] buffer = new byte[raw.length];
        int start = 0;
        while (start <= raw.length) {
            int end = indexOf(raw, (byte) '&', start, raw.length);
            if (end > start) {
                int equals = indexOf(raw, (byte) '=', start, end);
                String name = decode(raw, start, equals, buffer, BODY);
                String value = equals < end ? decode(raw, equals + 1, end, buffer, name) : "";
                params.computeIfAbsent(name, n -> new ArrayList<>(1)).add(value);
            }
            start = end + 1;
        }
        return params;
    }

    /** A raw query string as the server received it: its bytes arrive as ISO-8859-1 characters. */
    public static Map<String, List<String>> parseQuery(String rawQuery) {
        return rawQuery == null ? Map.of() : parse(rawQuery.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** The first value of each parameter, which is what carriers mean when they send one. */
    public static Map<String, String> firstValues(Map<String, List<String>> params) {
        Map<String, String> first = new LinkedHashMap<>();
        params.forEach((name, values) -> first.put(name, values.get(0)));
        return first;
    }

    private static String decode(byte[] raw, int from, int to, byte[] buffer, String field) {
        int length = 0;
        for (int i = from; i < to; i++) {
            byte b = raw[i];
            if (b == '+') {
                buffer[length++] = ' ';
            } else if (b == '%') {
                if (i + 2 >= to) {
                    throw new MalformedRequestException(field, field + " has a truncated percent-escape");
                }
                int high = Character.digit(raw[i + 1], 16);
                int low = Character.digit(raw[i + 2], 16);
                if (high < 0 || low < 0) {
                    throw new MalformedRequestException(field, field + " has an invalid percent-escape");
                }
                buffer[length++] = (byte) (high << 4 | low);
                i += 2;
            } else {
                buffer[length++] = b;
            }
        }
        return StrictUtf8.decode(buffer, length, field);
    }

    private static int indexOf(byte[] raw, byte wanted, int from, int to) {
        for (int i = from; i < to; i++) {
            if (raw[i] == wanted) {
                return i;
            }
        }
        return to;
    }
}
