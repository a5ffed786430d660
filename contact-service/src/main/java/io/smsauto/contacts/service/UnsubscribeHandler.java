package io.smsauto.contacts.service;

import io.smsauto.contacts.messaging.OptOutRelay;
import io.smsauto.contacts.repository.ContactStore;
import io.smsauto.events.ActionType;
import jakarta.inject.Singleton;

/** {@code actions.unsubscribe}: the built-in STOP or an automation's UNSUBSCRIBE action. */
@Singleton
public class UnsubscribeHandler extends OptActionHandler {

    public UnsubscribeHandler(ContactStore contacts, OptStatusChanges changes, OptOutRelay relay) {
        super(true, contacts, changes, relay);
    }

    @Override
    public ActionType type() {
        return ActionType.UNSUBSCRIBE;
    }
}
