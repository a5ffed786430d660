package io.smsauto.contacts.service;

import io.smallrye.mutiny.Uni;
import io.smsauto.contacts.ActionOutcome;
import io.smsauto.contacts.ListMember;
import io.smsauto.contacts.repository.MembershipStore;
import io.smsauto.events.ActionType;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Set;

/** {@code actions.remove-from-group}: removing someone not on the list is skipped ({@code not-a-member}). */
@Singleton
public class RemoveFromGroupHandler extends GroupActionHandler {

    public RemoveFromGroupHandler(MembershipStore memberships) {
        super(memberships);
    }

    @Override
    public ActionType type() {
        return ActionType.REMOVE_FROM_GROUP;
    }

    @Override
    Uni<Set<ListMember>> change(SqlConnection connection, Set<ListMember> members, Instant now) {
        return memberships.remove(connection, members);
    }

    @Override
    ActionOutcome changed(Instant now) {
        return ActionOutcome.succeeded("removed", now);
    }

    @Override
    ActionOutcome unchanged(Instant now) {
        return ActionOutcome.skipped("not-a-member", now);
    }
}
