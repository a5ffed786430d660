package io.smsauto.contacts.service;

import io.smallrye.mutiny.Uni;
import io.smsauto.contacts.ActionOutcome;
import io.smsauto.contacts.ListMember;
import io.smsauto.contacts.repository.MembershipStore;
import io.smsauto.events.ActionRequested;
import io.vertx.mutiny.sqlclient.SqlConnection;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Adds the contact to, or removes them from, the list the action names: all the batch's changes in
 * one statement. A list that no longer exists fails the action ({@code list-not-found}); the lists
 * found cannot be deleted before the transaction ends. Subclasses are {@code @Singleton}: an
 * {@code @ApplicationScoped} proxy would need a no-argument constructor here.
 */
abstract class GroupActionHandler implements ActionHandler {

    final MembershipStore memberships;

    GroupActionHandler(MembershipStore memberships) {
        this.memberships = memberships;
    }

    /** Makes the change for each of {@code members} where it is needed; returns those it changed. */
    abstract Uni<Set<ListMember>> change(SqlConnection connection, Set<ListMember> members, Instant now);

    /** The outcome of the first request for a member the change applied to. */
    abstract ActionOutcome changed(Instant now);

    /** The outcome of a request that found nothing to change. */
    abstract ActionOutcome unchanged(Instant now);

    @Override
    public Uni<Map<String, ActionOutcome>> apply(SqlConnection connection, List<ActionRequested> requests, Instant now) {
        Set<UUID> listIds = new HashSet<>();
        requests.forEach(request -> listIds.add(member(request).listId()));
        return memberships.lockExistingLists(connection, listIds).chain(existing -> {
            Set<ListMember> members = new LinkedHashSet<>();
            requests.stream().map(GroupActionHandler::member).filter(m -> existing.contains(m.listId())).forEach(members::add);
            return change(connection, members, now).map(changedMembers -> {
                Set<ListMember> reported = new HashSet<>();
                Map<String, ActionOutcome> outcomes = new HashMap<>();
                for (ActionRequested request : requests) {
                    ListMember member = member(request);
                    ActionOutcome outcome;
                    if (!existing.contains(member.listId())) {
                        outcome = ActionOutcome.failed("list-not-found", now);
                    } else if (changedMembers.contains(member) && reported.add(member)) {
                        outcome = changed(now);
                    } else {
                        outcome = unchanged(now);
                    }
                    outcomes.put(request.eventId(), outcome);
                }
                return outcomes;
            });
        });
    }

    private static ListMember member(ActionRequested request) {
        return new ListMember(UUID.fromString(request.action().listId()), request.contact());
    }
}
