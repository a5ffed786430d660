package io.smsauto.notifier.service;

import io.smsauto.events.RecipientOutcome;
import io.smsauto.notifier.SendOutcome;

/** How the send to one recipient of an action ended. */
public record RecipientSend(String recipient, SendOutcome outcome) {

    public RecipientOutcome toEvent() {
        return new RecipientOutcome(recipient, outcome.status(), outcome.detail(), outcome.providerReference());
    }
}
