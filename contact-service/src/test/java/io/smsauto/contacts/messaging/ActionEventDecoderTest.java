package io.smsauto.contacts.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.smsauto.events.ActionType;
import io.smsauto.events.EventJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ActionEventDecoderTest {

    private static final String ADD = """
            {"eventId": "e-1", "action": {"id": "a", "name": "Join", "type": "ADD_TO_GROUP",
             "listId": "9b2e4c1a-5d6f-4e7a-8b9c-0d1e2f3a4b5c"},
             "message": {"id": "m", "from": "+33612345678", "to": "+33757000001", "text": "JOIN"},
             "someFutureField": 1}""";

    private final ActionEventDecoder decoder = new ActionEventDecoder(EventJson.newMapper());

    @Test
    void aGoodEventIsReadIgnoringUnknownFields() throws Exception {
        assertEquals("+33612345678", decoder.decode(ADD, ActionType.ADD_TO_GROUP).contact());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "\"eventId\": \"e-1\"|\"eventId\": \" \"|no eventId",
            "\"+33612345678\"|\"33612345678\"|message.from is not an E.164 number",
            "\"9b2e4c1a-5d6f-4e7a-8b9c-0d1e2f3a4b5c\"|\"vip\"|action.listId is not a list id",
            "\"ADD_TO_GROUP\"|\"REMOVE_FROM_GROUP\"|action.type is not ADD_TO_GROUP"})
    void anEventMissingWhatTheServiceNeedsIsUnreadable(String good, String bad, String problem) {
        UnreadableEventException e = assertThrows(UnreadableEventException.class,
                () -> decoder.decode(ADD.replace(good, bad), ActionType.ADD_TO_GROUP));
        assertEquals(problem, e.getMessage());
    }

    @Test
    void somethingThatIsNotAnEventIsUnreadable() {
        assertThrows(UnreadableEventException.class, () -> decoder.decode("[1, 2]", ActionType.UNSUBSCRIBE));
        assertThrows(UnreadableEventException.class, () -> decoder.decode("", ActionType.UNSUBSCRIBE));
        assertThrows(UnreadableEventException.class, () -> decoder.decode("{\"eventId\": 3", ActionType.UNSUBSCRIBE));
    }

    @Test
    void anOptOutNeedsNoList() throws Exception {
        String stop = ADD.replace("ADD_TO_GROUP", "UNSUBSCRIBE").replace("\"9b2e4c1a-5d6f-4e7a-8b9c-0d1e2f3a4b5c\"", "null");

        assertEquals("e-1", decoder.decode(stop, ActionType.UNSUBSCRIBE).eventId());
    }
}
