package io.smsauto.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.smsauto.events.Carrier;
import io.smsauto.events.InboundSms;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TemplatesTest {

    static final InboundSms MESSAGE = new InboundSms("msg-1", Carrier.VONAGE, "0A000001", "+33612345678",
            "+33757000001", "RDV demain 10h", Instant.parse("2025-03-04T05:06:07.089Z"), null);
    static final TemplateContext CONTEXT = new TemplateContext(MESSAGE, "RDV", "demain 10h", "Rendez-vous");

    @ParameterizedTest(name = "\"{0}\" → \"{1}\"")
    @MethodSource("templates")
    void rendersKnownPlaceholders(String template, String expected) {
        assertEquals(expected, Templates.render(template, CONTEXT));
    }

    static Stream<Arguments> templates() {
        return Stream.of(
                Arguments.of("Merci {{from}}, c'est noté.", "Merci +33612345678, c'est noté."),
                Arguments.of("{{ from }}|{{to}}|{{  text}}", "+33612345678|+33757000001|RDV demain 10h"),
                Arguments.of("{{keyword}}: {{args}}", "RDV: demain 10h"),
                Arguments.of("{{messageId}} at {{receivedAt}}", "msg-1 at 2025-03-04T05:06:07.089Z"),
                Arguments.of("[{{automation}}]", "[Rendez-vous]"),
                Arguments.of("{{from}}{{from}}", "+33612345678+33612345678"),
                Arguments.of("no placeholder", "no placeholder"),
                Arguments.of("{{from", "{{from"),
                Arguments.of("{from}", "{from}"),
                Arguments.of("", ""));
    }

    @Test
    void leavesUnknownPlaceholdersAsWritten() {
        assertEquals("{{ FROM }} +33612345678 {{Text}} {{frm}} {{}}",
                Templates.render("{{ FROM }} {{from}} {{Text}} {{frm}} {{}}", CONTEXT));
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @MethodSource("unknown")
    void listsUnknownPlaceholders(String template, List<String> unknown) {
        assertEquals(unknown, Templates.unknownPlaceholders(template));
    }

    static Stream<Arguments> unknown() {
        return Stream.of(
                Arguments.of("Hi {{frm}}", List.of("frm")),
                Arguments.of("{{ FROM }} {{from}} {{Text}} {{frm}}", List.of("FROM", "Text", "frm")),
                Arguments.of("{{}}", List.of("")),
                Arguments.of("{{first name}}", List.of("first name")),
                Arguments.of("all known: {{from}} {{ to }} {{receivedAt}}", List.of()));
    }

    @Test
    void knownPlaceholdersAreTheDesignedOnes() {
        assertEquals(List.of("from", "to", "text", "keyword", "args", "messageId", "receivedAt", "automation"),
                List.copyOf(Templates.PLACEHOLDERS));
    }

    @Test
    void valuesAreInsertedLiterallyAndOnce() {
        InboundSms tricky = new InboundSms("m", Carrier.TWILIO, "SM1", "+33612345678", "+33757000001",
                "costs $1 \\ {{to}}", null, null);

        assertEquals("said: costs $1 \\ {{to}}",
                Templates.render("said: {{text}}", new TemplateContext(tricky, null, null, null)));
    }

    @Test
    void missingValuesRenderEmpty() {
        InboundSms bare = new InboundSms(null, null, null, "+33612345678", null, null, null, null);

        assertEquals("[][][]", Templates.render("[{{receivedAt}}][{{keyword}}][{{to}}]",
                new TemplateContext(bare, null, null, null)));
    }

    @Test
    void nullTemplateStaysNull() {
        assertNull(Templates.render(null, CONTEXT));
        assertEquals(List.of(), Templates.unknownPlaceholders(null));
    }
}
