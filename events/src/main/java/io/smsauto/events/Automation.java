package io.smsauto.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;

/**
 * The full current state of one automation: the value on {@code automations.changelog}, keyed by
 * its id (a tombstone when it is deleted).
 *
 * @param numbers   receiving numbers it listens on, E.164; empty means every number
 * @param createdAt decides between otherwise equally specific automations (the older wins)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Automation(
        String id,
        String name,
        boolean enabled,
        List<String> numbers,
        Trigger trigger,
        List<ActionSpec> actions,
        Instant createdAt,
        Instant updatedAt) {

    public static final String TYPE = "smsauto.automation.changed.v1";
}
