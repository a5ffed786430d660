package io.smsauto.matcher.service;

import io.smsauto.events.ActionRequested;
import io.smsauto.events.AutomationTriggered;
import java.util.List;

/**
 * What one inbound message causes: the action events to emit and, when an automation matched, the
 * event that records the match. Nothing for a message that matches nothing.
 *
 * @param triggered null for a built-in keyword or no match
 */
public record Reaction(List<ActionRequested> actions, AutomationTriggered triggered) {

    static final Reaction NONE = new Reaction(List.of(), null);
}
