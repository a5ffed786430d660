package io.smsauto.matching;

import io.smsauto.events.InboundSms;
import java.util.Objects;

/**
 * What a template's placeholders are filled from.
 *
 * @param message        the inbound message: {@code from}, {@code to}, {@code text}, {@code messageId},
 *                       {@code receivedAt}
 * @param keyword        the keyword that matched, as the automation spells it
 * @param args           the text after the keyword ({@link Match#args})
 * @param automationName the automation's name
 */
public record TemplateContext(InboundSms message, String keyword, String args, String automationName) {

    public TemplateContext {
        Objects.requireNonNull(message, "message");
    }

    public static TemplateContext of(InboundSms message, Match match) {
        return new TemplateContext(message, match.keyword(), match.args(), match.automation().name());
    }
}
