package io.smsauto.matcher.changelog;

import io.smsauto.events.Automation;
import io.smsauto.matching.AutomationIndex;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The records of one changelog poll reduced to their net effect, so the index publishes a batch
 * once ({@link AutomationIndex#putAll}) instead of once per record: per automation only its last
 * state counts.
 */
final class ChangelogBatch {

    private final Map<String, Automation> latest = new LinkedHashMap<>();

    /** An automation's new state: it fires from now on if enabled. */
    void changed(Automation automation) {
        if (automation.enabled()) {
            latest.put(automation.id(), automation);
        } else {
            removed(automation.id());
        }
    }

    /** Deleted (a tombstone) or disabled: it fires no more. */
    void removed(String automationId) {
        latest.put(automationId, null);
    }

    void applyTo(AutomationIndex index) {
        List<Automation> kept = new ArrayList<>(latest.size());
        latest.forEach((id, automation) -> {
            if (automation == null) {
                index.remove(id);
            } else {
                kept.add(automation);
            }
        });
        if (!kept.isEmpty()) {
            index.putAll(kept);
        }
    }
}
