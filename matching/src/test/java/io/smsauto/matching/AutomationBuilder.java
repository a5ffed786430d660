package io.smsauto.matching;

import io.smsauto.events.ActionSpec;
import io.smsauto.events.Automation;
import io.smsauto.events.MatchMode;
import io.smsauto.events.Trigger;
import java.time.Instant;
import java.util.List;

/** Automations for tests: enabled, on every number, created at {@link #CREATED} unless told otherwise. */
final class AutomationBuilder {

    static final Instant CREATED = Instant.parse("2025-01-01T09:00:00Z");

    private final String id;
    private MatchMode mode = MatchMode.EXACT;
    private List<String> keywords = List.of("OUI");
    private List<String> numbers = List.of();
    private boolean enabled = true;
    private Instant createdAt = CREATED;

    private AutomationBuilder(String id) {
        this.id = id;
    }

    static AutomationBuilder automation(String id) {
        return new AutomationBuilder(id);
    }

    AutomationBuilder exact(String... keywords) {
        return keywords(MatchMode.EXACT, keywords);
    }

    AutomationBuilder firstWord(String... keywords) {
        return keywords(MatchMode.FIRST_WORD, keywords);
    }

    AutomationBuilder contains(String... keywords) {
        return keywords(MatchMode.CONTAINS, keywords);
    }

    AutomationBuilder keywords(MatchMode mode, String... keywords) {
        this.mode = mode;
        this.keywords = List.of(keywords);
        return this;
    }

    AutomationBuilder on(String... numbers) {
        this.numbers = List.of(numbers);
        return this;
    }

    AutomationBuilder disabled() {
        this.enabled = false;
        return this;
    }

    AutomationBuilder createdAt(String instant) {
        this.createdAt = Instant.parse(instant);
        return this;
    }

    Automation build() {
        return new Automation(id, "Automation " + id, enabled, numbers, new Trigger(keywords, mode),
                List.of(ActionSpec.reply("action-" + id, "Reply", "Merci {{from}}")), createdAt, createdAt);
    }
}
