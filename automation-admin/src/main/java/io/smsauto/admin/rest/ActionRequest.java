package io.smsauto.admin.rest;

import io.smsauto.events.KeyValue;
import java.util.List;

/** One action as sent: the fields of its type are checked by {@link io.smsauto.admin.service.AutomationValidator}. */
public record ActionRequest(String name, String type, String listId, String message, List<String> numbers,
        List<String> emails, String method, String url, List<KeyValue> headers, List<KeyValue> params) {
}
