package io.smsauto.storm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StormPlanTest {

    private final StormPlan plan = new StormPlan(1000, "run1");

    @Test
    void theMixIsSixtyTwentyTenTen() {
        assertEquals(600, plan.count(Kind.REPLY));
        assertEquals(200, plan.count(Kind.STOP));
        assertEquals(100, plan.count(Kind.URL));
        assertEquals(100, plan.count(Kind.NOTHING));
    }

    @Test
    void everyMessageHasItsOwnSenderAndMessageId() {
        Set<String> senders = new HashSet<>();
        Set<String> messageIds = new HashSet<>();
        for (int i = 0; i < plan.messages(); i++) {
            senders.add(plan.sender(i));
            messageIds.add(plan.messageId(i));
        }
        assertEquals(1000, senders.size());
        assertEquals(1000, messageIds.size());
    }

    @Test
    void aSenderLeadsBackToItsMessage() {
        assertEquals(737, plan.index(plan.sender(737)));
    }

    @Test
    void numbersOutsideTheStormHaveNoIndex() {
        assertEquals(-1, plan.index("+447990000001"));
        assertEquals(-1, plan.index(new StormPlan(2000, "other").sender(1500)));
        assertEquals(-1, plan.index(null));
        assertEquals(-1, plan.index("+4478abcdefgh"));
    }

    @Test
    void textsCarryTheKeywordOfTheirKind() {
        assertEquals("OFFER please 0", plan.text(0));
        assertEquals("Stop", plan.text(6));
        assertEquals("CALLBACK me 8", plan.text(8));
        assertEquals("just saying hello 9", plan.text(9));
    }

    @Test
    void anEmptyStormIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new StormPlan(0, "run"));
    }
}
