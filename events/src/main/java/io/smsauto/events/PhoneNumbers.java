package io.smsauto.events;

import java.util.Optional;
import java.util.regex.Pattern;

/** Phone numbers in E.164: {@code +} and 8 to 15 digits, the first not 0. */
public final class PhoneNumbers {

    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{7,14}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s().\\-]");

    private PhoneNumbers() {
    }

    /**
     * The E.164 form of a number as carriers and users write it: with or without {@code +}, with an
     * international {@code 00} prefix, with spaces, dots, dashes or parentheses. Empty when it is not
     * an international number.
     */
    public static Optional<String> toE164(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String compact = SEPARATORS.matcher(raw.strip()).replaceAll("");
        if (compact.startsWith("00")) {
            compact = "+" + compact.substring(2);
        } else if (!compact.startsWith("+")) {
            compact = "+" + compact;
        }
        return E164.matcher(compact).matches() ? Optional.of(compact) : Optional.empty();
    }

    public static boolean isE164(String number) {
        return number != null && E164.matcher(number).matches();
    }
}
