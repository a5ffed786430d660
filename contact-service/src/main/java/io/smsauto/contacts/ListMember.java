package io.smsauto.contacts;

import java.util.UUID;

/** A number on a list, as the SQL stores move them in bulk. */
public record ListMember(UUID listId, String number) {
}
