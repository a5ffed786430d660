package io.smsauto.matching;

import io.smsauto.events.Automation;

/**
 * The automation an inbound message fires.
 *
 * @param keyword the keyword or phrase that matched, as the automation spells it
 * @param args    the message as the sender wrote it, from the first word or symbol after the keyword
 *                to the end, trimmed; empty when nothing follows (always for EXACT)
 */
public record Match(Automation automation, String keyword, String args) {
}
