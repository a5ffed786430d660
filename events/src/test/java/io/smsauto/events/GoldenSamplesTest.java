package io.smsauto.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every event type has a golden JSON sample that survives a round trip through its record unchanged. */
class GoldenSamplesTest {

    private static final ObjectMapper MAPPER = EventJson.newMapper();

    /** CloudEvents type → the record that carries it. */
    static Map<String, Class<?>> eventTypes() {
        Map<String, Class<?>> types = new LinkedHashMap<>();
        types.put(InboundSms.TYPE, InboundSms.class);
        types.put(DeliveryReceipt.TYPE, DeliveryReceipt.class);
        types.put(Automation.TYPE, Automation.class);
        types.put(AutomationTriggered.TYPE, AutomationTriggered.class);
        types.put(ActionResult.TYPE, ActionResult.class);
        types.put(OptOutStatus.TYPE, OptOutStatus.class);
        Arrays.stream(ActionType.values()).forEach(t -> types.put(t.eventType(), ActionRequested.class));
        return types;
    }

    static Stream<Arguments> samples() {
        return eventTypes().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void sampleRoundTripsUnchanged(String type, Class<?> recordClass) throws IOException {
        JsonNode golden = sample(type);

        Object event = MAPPER.treeToValue(golden, recordClass);
        JsonNode written = MAPPER.valueToTree(event);

        assertEquals(golden, written, "round trip of " + type);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void unknownFieldsAreIgnored(String type, Class<?> recordClass) throws IOException {
        ObjectNode withExtra = (ObjectNode) sample(type);
        withExtra.put("addedInALaterMinorVersion", "ignored");

        Object event = MAPPER.treeToValue(withExtra, recordClass);

        assertEquals(sample(type), MAPPER.valueToTree(event));
    }

    @Test
    void eachActionSampleCarriesItsOwnType() throws IOException {
        for (ActionType type : ActionType.values()) {
            ActionRequested event = MAPPER.treeToValue(sample(type.eventType()), ActionRequested.class);
            assertEquals(type, event.action().type(), type.eventType());
        }
    }

    @Test
    void everyActionTopicIsDeclaredWithADeadLetterTopic() {
        for (ActionType type : ActionType.values()) {
            assertTrue(Topics.ALL.stream().anyMatch(t -> t.name().equals(type.topic())), type.topic());
            assertTrue(Topics.ALL.stream().anyMatch(t -> t.name().equals(Topics.deadLetter(type.topic()))),
                    type.topic() + " dead-letter topic");
        }
    }

    @Test
    void compactedTopicsAreTheChangelogTheOptOutsAndTheMatcherState() {
        var compacted = Topics.ALL.stream().filter(t -> t.cleanup() == Topics.Cleanup.COMPACT)
                .map(Topics.TopicSpec::name).sorted().toList();
        assertEquals(java.util.List.of(Topics.AUTOMATIONS_CHANGELOG, Topics.CONTACTS_OPT_OUTS, Topics.MATCHER_STATE),
                compacted);
    }

    @Test
    void actionEventIdsAreDeterministicPerMessageAndAction() {
        String message = EventIds.inboundMessage(Carrier.VONAGE, "0B0000012A3F4C5D");

        assertEquals(message, EventIds.inboundMessage(Carrier.VONAGE, "0B0000012A3F4C5D"));
        assertEquals(EventIds.action(message, "a1"), EventIds.action(message, "a1"));
        assertTrue(!EventIds.action(message, "a1").equals(EventIds.action(message, "a2")));
        assertTrue(!message.equals(EventIds.inboundMessage(Carrier.TWILIO, "0B0000012A3F4C5D")));
    }

    private static JsonNode sample(String type) throws IOException {
        try (InputStream in = GoldenSamplesTest.class.getResourceAsStream("/samples/" + type + ".json")) {
            assertNotNull(in, "golden sample for " + type);
            return MAPPER.readTree(in);
        }
    }
}
