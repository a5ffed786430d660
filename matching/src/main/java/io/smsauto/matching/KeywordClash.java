package io.smsauto.matching;

import io.smsauto.events.Automation;

/**
 * A keyword of a new or edited automation that an existing automation already listens for, in
 * the same mode and on the same number: a {@code 409} at the API.
 *
 * @param existing        the automation that already has it
 * @param keyword         as the new or edited automation spells it
 * @param existingKeyword as the existing automation spells it
 * @param number          the receiving number both listen on; null when both listen on every number
 */
public record KeywordClash(Automation existing, String keyword, String existingKeyword, String number) {
}
