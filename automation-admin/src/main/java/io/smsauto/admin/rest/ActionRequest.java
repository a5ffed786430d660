package io.smsauto.admin.rest;

import io.smsauto.events.KeyValue;
import java.util.List;

/**
 * One action as sent: the fields of its type are checked by {@link io.smsauto.admin.service.ActionValidator}.
 *
 * @param id only in the actions of {@code PUT} and {@code PATCH /automations/{id}}: the action of the
 *           automation it replaces, which keeps its id; ignored on create
 */
public record ActionRequest(String id, String name, String type, String listId, String message, List<String> numbers,
        List<String> emails, String method, String url, List<KeyValue> headers, List<KeyValue> params) {
}
