package io.smsauto.admin.service;

import io.smsauto.events.ActionSpec;
import io.smsauto.events.MatchMode;
import java.util.List;

/** An automation that passed validation, numbers in E.164; its actions have no ids yet. */
public record ValidAutomation(String name, boolean enabled, List<String> numbers, List<String> keywords,
        MatchMode match, List<ActionSpec> actions) {
}
