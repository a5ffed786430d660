package io.smsauto.matcher.service;

import io.smsauto.events.ActionRequested;
import io.smsauto.events.ActionSpec;
import io.smsauto.events.ActionType;
import io.smsauto.events.AutomationRef;
import io.smsauto.events.AutomationTriggered;
import io.smsauto.events.BuiltinKeyword;
import io.smsauto.events.EventIds;
import io.smsauto.events.InboundSms;
import io.smsauto.events.TriggeredAction;
import io.smsauto.matcher.changelog.AutomationCatalog;
import io.smsauto.matcher.config.BuiltinConfig;
import io.smsauto.matching.ActionTemplates;
import io.smsauto.matching.BuiltinKeywords;
import io.smsauto.matching.Match;
import io.smsauto.matching.TemplateContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides what an inbound message causes (DESIGN.md §4): a built-in keyword first, otherwise the
 * one automation that matches, with every action rendered for this message. Event ids derive from
 * the message id, so planning the same message twice gives the same events.
 */
@ApplicationScoped
public class ReactionPlanner {

    private final AutomationCatalog catalog;
    private final BuiltinKeywords builtins;
    private final BuiltinConfig config;

    public ReactionPlanner(AutomationCatalog catalog, BuiltinConfig config) {
        this.catalog = catalog;
        this.config = config;
        this.builtins = new BuiltinKeywords(config.optOut(), config.optIn(), config.help());
    }

    public Reaction plan(InboundSms sms) {
        Optional<BuiltinKeyword> builtin = builtins.match(sms.text());
        if (builtin.isPresent()) {
            return builtinReaction(sms, builtin.get());
        }
        return catalog.index().match(sms.to(), sms.text())
                .map(match -> automationReaction(sms, match))
                .orElse(Reaction.NONE);
    }

    private Reaction automationReaction(InboundSms sms, Match match) {
        AutomationRef automation = new AutomationRef(match.automation().id(), match.automation().name());
        TemplateContext context = TemplateContext.of(sms, match);
        Instant now = now();
        List<ActionRequested> actions = match.automation().actions().stream()
                .map(action -> new ActionRequested(EventIds.action(sms.id(), action.id()), automation, null,
                        ActionTemplates.render(action, context), sms, now))
                .toList();
        List<TriggeredAction> triggeredActions = actions.stream()
                .map(a -> new TriggeredAction(a.eventId(), a.action().id(), a.action().name(), a.action().type()))
                .toList();
        AutomationTriggered triggered = new AutomationTriggered(EventIds.triggered(sms.id()), automation,
                match.keyword(), sms, triggeredActions, now);
        return new Reaction(actions, triggered);
    }

    private Reaction builtinReaction(InboundSms sms, BuiltinKeyword keyword) {
        List<ActionRequested> actions = new ArrayList<>();
        switch (keyword) {
            case OPT_OUT -> {
                actions.add(builtinAction(sms, keyword, ActionSpec.withoutFields("builtin:opt-out", "Opt out",
                        ActionType.UNSUBSCRIBE)));
                config.optOutReply().ifPresent(text -> actions.add(builtinReply(sms, keyword, "builtin:opt-out-reply", text)));
            }
            case OPT_IN -> {
                actions.add(builtinAction(sms, keyword, ActionSpec.withoutFields("builtin:opt-in", "Opt in",
                        ActionType.OPT_IN)));
                config.optInReply().ifPresent(text -> actions.add(builtinReply(sms, keyword, "builtin:opt-in-reply", text)));
            }
            case HELP -> config.helpReply().ifPresent(text -> actions.add(builtinReply(sms, keyword, "builtin:help-reply", text)));
        }
        return new Reaction(actions, null);
    }

    /** To the millisecond: the microseconds the clock also gives would lengthen every event and its ce_time header. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    private static ActionRequested builtinReply(InboundSms sms, BuiltinKeyword keyword, String id, String text) {
        return builtinAction(sms, keyword, ActionSpec.reply(id, "Built-in reply", text));
    }

    private static ActionRequested builtinAction(InboundSms sms, BuiltinKeyword keyword, ActionSpec action) {
        return new ActionRequested(EventIds.action(sms.id(), action.id()), null, keyword, action, sms, now());
    }
}
