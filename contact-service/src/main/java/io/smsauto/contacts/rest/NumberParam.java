package io.smsauto.contacts.rest;

import io.smsauto.conventions.rest.MalformedRequestException;
import io.smsauto.events.PhoneNumbers;

/** A number in a path, URL-encoded or not, with or without its {@code +}: its E.164 form or a 400 naming it. */
final class NumberParam {

    static final String FIELD = "number";

    private NumberParam() {
    }

    static String e164(String raw) {
        return PhoneNumbers.toE164(raw).orElseThrow(() -> new MalformedRequestException(FIELD,
                "\"" + raw + "\" is not a phone number in international format (E.164, such as +33612345678)."));
    }
}
