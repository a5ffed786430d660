package io.smsauto.admin.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.smsauto.admin.AutomationEntity;
import io.smsauto.admin.config.BuiltinKeywordsConfig;
import io.smsauto.admin.repository.AutomationRepository;
import io.smsauto.admin.rest.SimulateRequest;
import io.smsauto.conventions.rest.InvalidRequestException;
import io.smsauto.conventions.rest.Violation;
import io.smsauto.events.AutomationRef;
import io.smsauto.events.InboundSms;
import io.smsauto.events.PhoneNumbers;
import io.smsauto.matching.ActionTemplates;
import io.smsauto.matching.AutomationIndex;
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
 * The dry run: what the keyword-matcher would do with a message, decided by the same library —
 * built-in keywords first, then the most specific enabled automation. The automations that can
 * answer the receiving number are read from the database for each call, so a change is seen as
 * soon as it is committed, on every replica. Nothing is sent or stored.
 */
@ApplicationScoped
public class DryRun {

    /** The {@code {{messageId}}} of a simulated message. */
    static final String MESSAGE_ID = "simulation";

    private final AutomationRepository automations;
    private final BuiltinKeywords builtins;

    public DryRun(AutomationRepository automations, BuiltinKeywordsConfig config) {
        this.automations = automations;
        this.builtins = new BuiltinKeywords(config.optOut().orElse(BuiltinKeywords.DEFAULT_OPT_OUT),
                config.optIn().orElse(BuiltinKeywords.DEFAULT_OPT_IN), config.help().orElse(BuiltinKeywords.DEFAULT_HELP));
    }

    public Uni<Simulation> simulate(SimulateRequest request) {
        InboundSms sms = message(request);
        Optional<Simulation> builtin = builtins.match(sms.text()).map(Simulation::builtin);
        if (builtin.isPresent()) {
            return Uni.createFrom().item(builtin.get());
        }
        return Panache.withSession(() -> automations.enabledListeningOn(sms.to())).map(candidates -> {
            AutomationIndex index = new AutomationIndex();
            index.putAll(candidates.stream().map(AutomationEntity::toAutomation).toList());
            return index.match(sms.to(), sms.text()).map(match -> fired(sms, match)).orElse(Simulation.NOTHING);
        });
    }

    private static Simulation fired(InboundSms sms, Match match) {
        TemplateContext context = TemplateContext.of(sms, match);
        return new Simulation(true, null, new AutomationRef(match.automation().id(), match.automation().name()),
                match.keyword(), match.automation().actions().stream()
                        .map(action -> ActionTemplates.render(action, context)).toList());
    }

    private static InboundSms message(SimulateRequest request) {
        if (request == null) {
            throw new InvalidRequestException("", "a JSON object is required");
        }
        List<Violation> violations = new ArrayList<>();
        Optional<String> from = PhoneNumbers.toE164(request.from());
        Optional<String> to = PhoneNumbers.toE164(request.to());
        if (from.isEmpty()) {
            violations.add(new Violation("from", "is not an E.164 phone number"));
        }
        if (to.isEmpty()) {
            violations.add(new Violation("to", "is not an E.164 phone number"));
        }
        if (request.text() == null) {
            violations.add(new Violation("text", "is required"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        return new InboundSms(MESSAGE_ID, null, null, from.get(), to.get(), request.text(),
                Instant.now().truncatedTo(ChronoUnit.SECONDS), null);
    }
}
