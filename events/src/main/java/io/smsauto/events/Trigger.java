package io.smsauto.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** The keywords or phrases an automation listens for, and how they must appear. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Trigger(List<String> keywords, MatchMode match) {
}
