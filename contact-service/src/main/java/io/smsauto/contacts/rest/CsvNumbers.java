package io.smsauto.contacts.rest;

import io.smsauto.events.PhoneNumbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A CSV file of phone numbers: one per row, in the first column (separated by {@code ,}, {@code ;}
 * or a tab, possibly quoted); blank lines are ignored; the first row is a header when its first
 * column holds no digit. Line numbers count from 1, blank lines and the header included.
 */
final class CsvNumbers {

    static final String NOT_A_NUMBER = "not a phone number in international format (E.164)";

    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\n|\r");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final int MAX_VALUE_SHOWN = 100;

    private CsvNumbers() {
    }

    record Row(int line, String number) {
    }

    record Rejected(int line, String value, String reason) {
    }

    record Parsed(List<Row> numbers, List<Rejected> rejected) {
    }

    static Parsed parse(String text) {
        List<Row> numbers = new ArrayList<>();
        List<Rejected> rejected = new ArrayList<>();
        String[] lines = LINE_BREAK.split(text.startsWith("\uFEFF") ? text.substring(1) : text, -1);
        boolean headerPossible = true;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String value = firstColumn(lines[i]);
            if (headerPossible) {
                headerPossible = false;
                if (!DIGIT.matcher(value).find()) {
                    continue;
                }
            }
            Optional<String> number = PhoneNumbers.toE164(value);
            if (number.isPresent()) {
                numbers.add(new Row(i + 1, number.get()));
            } else {
                rejected.add(new Rejected(i + 1, shown(value), NOT_A_NUMBER));
            }
        }
        return new Parsed(numbers, rejected);
    }

    private static String firstColumn(String line) {
        String stripped = line.strip();
        if (stripped.startsWith("\"")) {
            int closing = stripped.indexOf('"', 1);
            return (closing < 0 ? stripped.substring(1) : stripped.substring(1, closing)).strip();
        }
        int end = stripped.length();
        for (char separator : new char[] {',', ';', '\t'}) {
            int at = stripped.indexOf(separator);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return stripped.substring(0, end).strip();
    }

    private static String shown(String value) {
        return value.length() <= MAX_VALUE_SHOWN ? value : value.substring(0, MAX_VALUE_SHOWN) + "…";
    }
}
