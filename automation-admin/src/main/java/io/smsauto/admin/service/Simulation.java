package io.smsauto.admin.service;

import io.smsauto.events.ActionSpec;
import io.smsauto.events.AutomationRef;
import io.smsauto.events.BuiltinKeyword;
import java.util.List;

/**
 * What a message would cause (DESIGN.md §3, dry run).
 *
 * @param matched    true when a built-in keyword or an automation would answer it
 * @param builtin    the built-in keyword the whole message is, which wins over every automation
 * @param automation the automation that would fire
 * @param keyword    its keyword that matched, as the automation spells it
 * @param actions    its actions, each rendered for this message as the action event would carry it
 */
public record Simulation(boolean matched, BuiltinKeyword builtin, AutomationRef automation, String keyword,
        List<ActionSpec> actions) {

    static final Simulation NOTHING = new Simulation(false, null, null, null, List.of());

    static Simulation builtin(BuiltinKeyword builtin) {
        return new Simulation(true, builtin, null, null, List.of());
    }
}
