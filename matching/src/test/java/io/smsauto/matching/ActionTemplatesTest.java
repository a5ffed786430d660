package io.smsauto.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.smsauto.events.ActionSpec;
import io.smsauto.events.ActionType;
import io.smsauto.events.Carrier;
import io.smsauto.events.HttpMethod;
import io.smsauto.events.InboundSms;
import io.smsauto.events.KeyValue;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActionTemplatesTest {

    private static final InboundSms MESSAGE = new InboundSms("msg-1", Carrier.VONAGE, "0A000001", "+33612345678",
            "+33757000001", "promo svp\r\nX-Admin: 1 & more=yes", Instant.parse("2025-03-04T05:06:07Z"), null);
    private static final TemplateContext CONTEXT = new TemplateContext(MESSAGE, "promo", "svp", "Soldes");

    @Test
    void rendersEveryTemplateFieldAndOnlyThose() {
        ActionSpec action = new ActionSpec("act-1", "Call {{from}}", ActionType.FORWARD_TO_URL, "list-{{to}}",
                "{{automation}}: {{keyword}}", List.of("+33600000000"), List.of("{{from}}@example.com"),
                HttpMethod.POST, "https://hooks.example.com/sms?from={{from}}&at={{receivedAt}}",
                List.of(new KeyValue("X-{{keyword}}", "{{keyword}} {{args}}")),
                List.of(new KeyValue("from", "{{from}}"), new KeyValue("text", "{{text}}")));

        ActionSpec rendered = ActionTemplates.render(action, CONTEXT);

        assertEquals(new ActionSpec("act-1", "Call {{from}}", ActionType.FORWARD_TO_URL, "list-{{to}}",
                "Soldes: promo", List.of("+33600000000"), List.of("{{from}}@example.com"), HttpMethod.POST,
                "https://hooks.example.com/sms?from=%2B33612345678&at=2025-03-04T05%3A06%3A07Z",
                List.of(new KeyValue("X-{{keyword}}", "promo svp")),
                List.of(new KeyValue("from", "+33612345678"),
                        new KeyValue("text", "promo svp\r\nX-Admin: 1 & more=yes"))),
                rendered);
    }

    @Test
    void senderTextCannotAddQueryParametersToTheUrl() {
        ActionSpec action = forwardToUrl("https://example.com/hook?text={{text}}", List.of());

        assertEquals("https://example.com/hook?text=promo%20svp%0D%0AX-Admin%3A%201%20%26%20more%3Dyes",
                ActionTemplates.render(action, CONTEXT).url());
    }

    @Test
    void senderTextCannotAddHeaders() {
        ActionSpec action = forwardToUrl("https://example.com", List.of(new KeyValue("X-Text", "{{text}}")));

        assertEquals("promo svp  X-Admin: 1 & more=yes",
                ActionTemplates.render(action, CONTEXT).headers().get(0).value());
    }

    @Test
    void actionWithoutTemplateFieldsIsUnchanged() {
        ActionSpec action = new ActionSpec("act-2", "Join", ActionType.ADD_TO_GROUP, "3f1c", null, null, null, null,
                null, null, null);

        ActionSpec rendered = ActionTemplates.render(action, CONTEXT);

        assertEquals(action, rendered);
        assertNull(rendered.headers());
    }

    @Test
    void unknownPlaceholdersNameTheirField() {
        ActionSpec action = new ActionSpec("act-3", "Call", ActionType.FORWARD_TO_URL, null, "Hi {{frm}}", null, null,
                HttpMethod.GET, "https://example.com/{{ id }}",
                List.of(new KeyValue("A", "{{from}}"), new KeyValue("B", "{{sender}}")),
                List.of(new KeyValue("q", "{{Text}} {{frm}}")));

        assertEquals(List.of(new UnknownPlaceholder("message", "frm"), new UnknownPlaceholder("url", "id"),
                new UnknownPlaceholder("headers[1].value", "sender"), new UnknownPlaceholder("params[0].value", "Text"),
                new UnknownPlaceholder("params[0].value", "frm")), ActionTemplates.unknownPlaceholders(action));
    }

    @Test
    void replyMessageIsRendered() {
        ActionSpec reply = ActionSpec.reply("act-4", "Thanks", "Merci {{ from }}, c'est noté.");

        assertEquals("Merci +33612345678, c'est noté.", ActionTemplates.render(reply, CONTEXT).message());
    }

    private static ActionSpec forwardToUrl(String url, List<KeyValue> headers) {
        return new ActionSpec("act", "Call", ActionType.FORWARD_TO_URL, null, null, null, null, HttpMethod.GET, url,
                headers, List.of());
    }
}
