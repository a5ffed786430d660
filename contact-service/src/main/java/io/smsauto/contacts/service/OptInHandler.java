package io.smsauto.contacts.service;

import io.smsauto.contacts.messaging.OptOutRelay;
import io.smsauto.contacts.repository.ContactStore;
import io.smsauto.events.ActionType;
import jakarta.inject.Singleton;

/** {@code actions.opt-in}: the built-in START or UNSTOP. */
@Singleton
public class OptInHandler extends OptActionHandler {

    public OptInHandler(ContactStore contacts, OptStatusChanges changes, OptOutRelay relay) {
        super(false, contacts, changes, relay);
    }

    @Override
    public ActionType type() {
        return ActionType.OPT_IN;
    }
}
