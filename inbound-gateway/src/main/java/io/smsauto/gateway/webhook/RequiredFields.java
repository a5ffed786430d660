package io.smsauto.gateway.webhook;

import io.smsauto.conventions.rest.MalformedRequestException;
import io.smsauto.events.PhoneNumbers;
import java.util.Map;

/** Reads the fields a webhook must carry, answering 400 naming the first one missing or malformed. */
public final class RequiredFields {

    private final Map<String, String> params;

    public RequiredFields(Map<String, String> params) {
        this.params = params;
    }

    /** A value that must be there and not blank, without surrounding spaces. */
    public String text(String field) {
        String value = params.get(field);
        if (value == null || value.isBlank()) {
            throw new MalformedRequestException(field, field + " is required");
        }
        return value.strip();
    }

    /** A value that must be there but may be empty, as it came (a message text). */
    public String present(String field) {
        String value = params.get(field);
        if (value == null) {
            throw new MalformedRequestException(field, field + " is required");
        }
        return value;
    }

    /** A phone number, in E.164. */
    public String number(String field) {
        return PhoneNumbers.toE164(text(field)).orElseThrow(
                () -> new MalformedRequestException(field, field + " is not an international phone number"));
    }
}
