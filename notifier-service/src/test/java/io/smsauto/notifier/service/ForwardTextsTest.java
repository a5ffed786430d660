package io.smsauto.notifier.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smsauto.events.ActionRequested;
import io.smsauto.events.ActionSpec;
import io.smsauto.events.ActionType;
import io.smsauto.events.AutomationRef;
import io.smsauto.events.Carrier;
import io.smsauto.events.InboundSms;
import io.smsauto.notifier.mail.OutgoingEmail;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ForwardTextsTest {

    private static final InboundSms SMS = new InboundSms("m-1", Carrier.VONAGE, "c-1", "+33612345678", "+33757000001",
            "OUI <merci> & bye", Instant.parse("2026-11-24T09:15:02Z"), null);

    private final ForwardTexts texts = new ForwardTexts("Fwd from {{from}} to {{to}}: {{text}}",
            "SMS from {{from}} to {{to}} ({{automation}})");

    @Test
    void theSmsNamesTheSenderAndTheReceivingNumber() {
        assertEquals("Fwd from +33612345678 to +33757000001: OUI <merci> & bye", texts.sms(forward("OUI <merci> & bye")));
    }

    @Test
    void theForwardedTextIsTheActionsMessageWhenItHasOne() {
        assertEquals("Fwd from +33612345678 to +33757000001: rendered", texts.sms(forward("rendered")));
    }

    @Test
    void withoutAMessageTheInboundTextIsForwarded() {
        assertEquals("Fwd from +33612345678 to +33757000001: OUI <merci> & bye", texts.sms(forward(null)));
    }

    @Test
    void theEmailNamesEverythingInBothParts() {
        OutgoingEmail email = texts.email(forward("OUI <merci> & bye"), "ops@example.test");

        assertEquals("SMS from +33612345678 to +33757000001 (Shop)", email.subject());
        assertEquals("ops@example.test", email.to());
        assertEquals("e-1", email.reference());
        for (String fact : List.of("+33612345678", "+33757000001", "2026-11-24T09:15:02Z", "Shop")) {
            assertTrue(email.text().contains(fact), fact);
            assertTrue(email.html().contains(fact), fact);
        }
        assertTrue(email.text().contains("OUI <merci> & bye"));
        assertTrue(email.html().contains("OUI &lt;merci&gt; &amp; bye"), email.html());
    }

    @Test
    void aFormatWithAnUnknownPlaceholderIsRefusedAtStart() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new ForwardTexts("{{sender}}: {{text}}", "SMS"));

        assertTrue(refused.getMessage().contains("notifier.forward.sms-format"), refused.getMessage());
    }

    private static ActionRequested forward(String message) {
        return new ActionRequested("e-1", new AutomationRef("a-1", "Shop"), null,
                new ActionSpec("x-1", "Tell", ActionType.FORWARD_TO_MOBILE, null, message, List.of("+33611111111"),
                        null, null, null, null, null), SMS, Instant.EPOCH);
    }
}
