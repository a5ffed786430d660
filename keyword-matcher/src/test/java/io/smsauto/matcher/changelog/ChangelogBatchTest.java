package io.smsauto.matcher.changelog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smsauto.events.ActionSpec;
import io.smsauto.events.Automation;
import io.smsauto.events.MatchMode;
import io.smsauto.events.Trigger;
import io.smsauto.matching.AutomationIndex;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChangelogBatchTest {

    private static final String TO = "+33757000001";

    private final AutomationIndex index = new AutomationIndex();
    private final ChangelogBatch batch = new ChangelogBatch();

    @Test
    void anEnabledAutomationIsIndexed() {
        batch.changed(automation("a", "OUI", true));

        batch.applyTo(index);

        assertEquals("a", index.match(TO, "oui").orElseThrow().automation().id());
    }

    @Test
    void theLastStateOfAnAutomationInTheBatchWins() {
        batch.changed(automation("a", "OUI", true));
        batch.changed(automation("a", "NON", true));

        batch.applyTo(index);

        assertTrue(index.match(TO, "oui").isEmpty());
        assertEquals("a", index.match(TO, "non").orElseThrow().automation().id());
    }

    @Test
    void aTombstoneRemovesAnIndexedAutomation() {
        index.put(automation("a", "OUI", true));
        batch.removed("a");

        batch.applyTo(index);

        assertTrue(index.match(TO, "oui").isEmpty());
    }

    @Test
    void aDisabledAutomationIsRemoved() {
        index.put(automation("a", "OUI", true));
        batch.changed(automation("a", "OUI", false));

        batch.applyTo(index);

        assertTrue(index.match(TO, "oui").isEmpty());
    }

    @Test
    void anAutomationDeletedThenCreatedAgainInOneBatchIsIndexed() {
        index.put(automation("a", "OUI", true));
        batch.removed("a");
        batch.changed(automation("a", "SI", true));

        batch.applyTo(index);

        assertTrue(index.match(TO, "oui").isEmpty());
        assertEquals("a", index.match(TO, "si").orElseThrow().automation().id());
    }

    private static Automation automation(String id, String keyword, boolean enabled) {
        return new Automation(id, "Automation " + id, enabled, List.of(TO), new Trigger(List.of(keyword), MatchMode.EXACT),
                List.of(ActionSpec.reply(id + "-reply", "Reply", "Thanks")), Instant.EPOCH, Instant.EPOCH);
    }
}
