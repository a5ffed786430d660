package io.smsauto.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;

/**
 * Whether a number is opted out: the value on {@code contacts.opt-outs} (compacted), keyed by the number.
 *
 * @param since when the number opted out, or opted back in
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OptOutStatus(String number, boolean optedOut, Instant since) {

    public static final String TYPE = "smsauto.contact.opt-out.v1";
}
