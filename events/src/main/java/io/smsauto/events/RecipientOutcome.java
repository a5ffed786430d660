package io.smsauto.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** How an action ended for one of its recipients (a number, an email address). */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RecipientOutcome(String recipient, ResultStatus status, String detail, String providerReference) {
}
