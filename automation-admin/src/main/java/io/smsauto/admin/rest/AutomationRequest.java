package io.smsauto.admin.rest;

import java.util.List;

/** The body of POST and PUT /api/v1/automations, as sent: checked by {@link io.smsauto.admin.service.AutomationValidator}. */
public record AutomationRequest(String name, Boolean enabled, List<String> numbers, TriggerRequest trigger,
        List<ActionRequest> actions) {

    public record TriggerRequest(List<String> keywords, String match) {
    }
}
