package io.smsauto.contacts;

import java.util.UUID;

/** A list a contact is on. */
public record ListRef(UUID id, String name) {
}
