package io.smsauto.contacts.service;

import io.smallrye.mutiny.Uni;
import io.smsauto.contacts.ActionOutcome;
import io.smsauto.contacts.ListMember;
import io.smsauto.contacts.repository.ContactStore;
import io.smsauto.contacts.repository.MembershipStore;
import io.smsauto.events.ActionType;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/** {@code actions.add-to-group}: adding someone already on the list succeeds and changes nothing. */
@Singleton
public class AddToGroupHandler extends GroupActionHandler {

    private final ContactStore contacts;

    public AddToGroupHandler(ContactStore contacts, MembershipStore memberships) {
        super(memberships);
        this.contacts = contacts;
    }

    @Override
    public ActionType type() {
        return ActionType.ADD_TO_GROUP;
    }

    @Override
    Uni<Set<ListMember>> change(SqlConnection connection, Set<ListMember> members, Instant now) {
        Set<String> numbers = new LinkedHashSet<>();
        members.forEach(member -> numbers.add(member.number()));
        return contacts.createMissing(connection, numbers, now).chain(() -> memberships.add(connection, members, now));
    }

    @Override
    ActionOutcome changed(Instant now) {
        return ActionOutcome.succeeded("added", now);
    }

    @Override
    ActionOutcome unchanged(Instant now) {
        return ActionOutcome.succeeded("already-a-member", now);
    }
}
