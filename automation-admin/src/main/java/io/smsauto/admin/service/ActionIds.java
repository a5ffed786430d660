package io.smsauto.admin.service;

import io.smsauto.conventions.rest.InvalidRequestException;
import io.smsauto.conventions.rest.Violation;
import io.smsauto.events.ActionSpec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Ids of actions: assigned by the service, kept when an action is edited. */
final class ActionIds {

    private ActionIds() {
    }

    /** Every action with a new id, whatever the request said: a new automation's actions. */
    static List<ActionSpec> fresh(List<ActionSpec> actions) {
        return actions.stream().map(a -> withId(a, UUID.randomUUID().toString())).toList();
    }

    /**
     * The actions of a replaced automation: one that names an action of {@code current} keeps its id,
     * one without an id gets a new one; an id that is not the automation's, or given twice, is a 422.
     */
    static List<ActionSpec> reconcile(List<ActionSpec> current, List<ActionSpec> requested) {
        Set<String> known = new HashSet<>(current.stream().map(ActionSpec::id).toList());
        Set<String> used = new HashSet<>();
        List<Violation> violations = new ArrayList<>();
        List<ActionSpec> actions = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            ActionSpec action = requested.get(i);
            if (action.id() == null) {
                actions.add(withId(action, UUID.randomUUID().toString()));
            } else if (!known.contains(action.id())) {
                violations.add(new Violation("actions[" + i + "].id",
                        "is not an action of this automation; leave it out for a new action"));
            } else if (!used.add(action.id())) {
                violations.add(new Violation("actions[" + i + "].id", "is given to two actions"));
            } else {
                actions.add(action);
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        return actions;
    }

    static ActionSpec withId(ActionSpec a, String id) {
        return new ActionSpec(id, a.name(), a.type(), a.listId(), a.message(), a.numbers(), a.emails(), a.method(),
                a.url(), a.headers(), a.params());
    }
}
