package io.smsauto.admin.service;

import io.smsauto.admin.rest.ActionRequest;
import io.smsauto.admin.rest.AutomationRequest;
import io.smsauto.conventions.rest.InvalidRequestException;
import io.smsauto.conventions.rest.Violation;
import io.smsauto.events.ActionSpec;
import io.smsauto.events.MatchMode;
import io.smsauto.matching.TextNormalizer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks an automation or a single action as sent against DESIGN.md §3 and returns it in canonical
 * form, or throws {@link InvalidRequestException} with a violation for every wrong field. What needs
 * another service (whether a list exists) or the other automations (clashes) is checked later.
 */
@ApplicationScoped
public class AutomationValidator {

    static final int MAX_KEYWORDS = 20;
    /** One single-part SMS: a longer keyword or phrase could never be a message's first words. */
    static final int MAX_KEYWORD = 160;

    public ValidAutomation validate(AutomationRequest request) {
        if (request == null) {
            throw new InvalidRequestException("", "a JSON object is required");
        }
        List<Violation> violations = new ArrayList<>();
        String name = Fields.name(request.name(), "name", violations);
        List<String> numbers = Fields.numbers(request.numbers(), "numbers", 0, Integer.MAX_VALUE, violations);
        AutomationRequest.TriggerRequest trigger = request.trigger();
        if (trigger == null) {
            violations.add(new Violation("trigger", "is required"));
            trigger = new AutomationRequest.TriggerRequest(null, null);
        }
        List<String> keywords = keywords(trigger.keywords(), violations);
        MatchMode match = Fields.oneOf(trigger.match(), "trigger.match", violations, MatchMode.values()).orElse(null);
        List<ActionSpec> actions = new ArrayList<>();
        if (request.actions() == null || request.actions().isEmpty()) {
            violations.add(new Violation("actions", "an automation needs at least one action"));
        } else {
            for (int i = 0; i < request.actions().size(); i++) {
                actions.add(ActionValidator.action(request.actions().get(i), "actions[" + i + "]", violations));
            }
        }
        throwIfAny(violations);
        return new ValidAutomation(name, request.enabled() == null || request.enabled(), numbers, keywords, match,
                actions);
    }

    /** One action on its own, as {@code POST} and {@code PUT /automations/{id}/actions} send it. */
    public ActionSpec validate(ActionRequest request) {
        List<Violation> violations = new ArrayList<>();
        ActionSpec action = ActionValidator.action(request, "", violations);
        throwIfAny(violations);
        return action;
    }

    private static List<String> keywords(List<String> given, List<Violation> violations) {
        List<String> listed = given == null ? List.of() : given;
        if (listed.isEmpty() || listed.size() > MAX_KEYWORDS) {
            violations.add(new Violation("trigger.keywords", "must hold 1 to " + MAX_KEYWORDS + " keywords"));
        }
        List<String> keywords = new ArrayList<>();
        Map<List<String>, Integer> seen = new HashMap<>();
        for (int i = 0; i < listed.size(); i++) {
            String field = "trigger.keywords[" + i + "]";
            String keyword = listed.get(i) == null ? "" : listed.get(i).strip();
            List<String> tokens = TextNormalizer.normalize(keyword);
            Integer same = seen.putIfAbsent(tokens, i);
            if (keyword.length() > MAX_KEYWORD) {
                violations.add(new Violation(field, "must be at most " + MAX_KEYWORD + " characters"));
            } else if (tokens.isEmpty()) {
                violations.add(new Violation(field, "has no word, number or symbol to match"));
            } else if (same != null) {
                violations.add(new Violation(field, "is the same keyword as trigger.keywords[" + same
                        + "] once case, accents and punctuation are ignored"));
            } else {
                keywords.add(keyword);
            }
        }
        return keywords;
    }

    private static void throwIfAny(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
    }
}
