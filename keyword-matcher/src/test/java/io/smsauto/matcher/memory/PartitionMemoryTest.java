package io.smsauto.matcher.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smsauto.events.Carrier;
import io.smsauto.events.EventIds;
import io.smsauto.events.InboundSms;
import io.smsauto.events.Multipart;
import io.smsauto.matcher.memory.MemoryChange.Forget;
import io.smsauto.matcher.memory.MemoryChange.Seen;
import io.smsauto.matcher.memory.MemoryChange.Waiting;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PartitionMemoryTest {

    private static final Duration WINDOW = Duration.ofHours(48);
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final Instant T0 = Instant.parse("2025-03-04T10:00:00Z");

    private final PartitionMemory memory = new PartitionMemory(WINDOW, TIMEOUT);

    @Test
    void aWholeMessageIsMatchedAndRemembered() {
        InboundSms sms = sms("m1", "hello");

        Step step = memory.accept(sms, T0);

        assertEquals(List.of(sms), step.toMatch());
        assertEquals(List.of(new Seen(MemoryKeys.seen(sms), T0)), step.changes());
    }

    @Test
    void theSameCarrierMessageAgainDoesNothing() {
        memory.accept(sms("m1", "hello"), T0);

        assertTrue(memory.accept(sms("m1", "hello"), T0.plusSeconds(5)).isEmpty());
    }

    @Test
    void theSameCarrierMessageIdFromAnotherCarrierIsAnotherMessage() {
        memory.accept(sms("m1", "hello"), T0);
        InboundSms twilio = new InboundSms(EventIds.inboundMessage(Carrier.TWILIO, "m1"), Carrier.TWILIO, "m1",
                "+33612345678", "+33757000001", "hello", T0, null);

        assertEquals(List.of(twilio), memory.accept(twilio, T0).toMatch());
    }

    @Test
    void aPartWaitsForTheOthers() {
        InboundSms first = part("p1", "ref", 2, 1, "hello ");

        Step step = memory.accept(first, T0);

        assertEquals(List.of(), step.toMatch());
        assertEquals(List.of(new Seen(MemoryKeys.seen(first), T0),
                new Waiting(MemoryKeys.parts(first), new WaitingParts(T0, List.of(first)))), step.changes());
    }

    @Test
    void theLastPartCompletesTheMessageInPartOrderWhateverTheArrivalOrder() {
        InboundSms second = part("p2", "ref", 3, 2, "world ");
        InboundSms third = part("p3", "ref", 3, 3, "again");
        InboundSms first = part("p1", "ref", 3, 1, "hello ");
        memory.accept(second, T0);
        memory.accept(third, T0.plusSeconds(1));

        Step step = memory.accept(first, T0.plusSeconds(2));

        InboundSms whole = step.toMatch().get(0);
        assertEquals("hello world again", whole.text());
        assertEquals("p1+p2+p3", whole.carrierMessageId());
        assertEquals(EventIds.inboundMessage(Carrier.VONAGE, "p1+p2+p3"), whole.id());
        assertNull(whole.multipart());
        assertEquals(new Forget(MemoryKeys.parts(first)), step.changes().get(1));
    }

    @Test
    void theWholeMessageHasTheSameIdWhenAssembledAgainFromTheSameParts() {
        PartitionMemory other = new PartitionMemory(WINDOW, TIMEOUT);
        memory.accept(part("p2", "ref", 2, 2, "b"), T0);
        other.accept(part("p1", "ref", 2, 1, "a"), T0);

        InboundSms once = memory.accept(part("p1", "ref", 2, 1, "a"), T0).toMatch().get(0);
        InboundSms again = other.accept(part("p2", "ref", 2, 2, "b"), T0).toMatch().get(0);

        assertEquals(once, again);
    }

    @Test
    void aRedeliveredPartIsIgnored() {
        memory.accept(part("p1", "ref", 2, 1, "a"), T0);

        assertTrue(memory.accept(part("p1", "ref", 2, 1, "a"), T0.plusSeconds(1)).isEmpty());
    }

    @Test
    void aSecondPartWithTheSameNumberIsRememberedButNotAddedTwice() {
        memory.accept(part("p1", "ref", 2, 1, "a"), T0);
        memory.accept(part("p1-again", "ref", 2, 1, "a"), T0.plusSeconds(1));

        Step step = memory.accept(part("p2", "ref", 2, 2, "b"), T0.plusSeconds(2));

        assertEquals("ab", step.toMatch().get(0).text());
    }

    @Test
    void partsOfAnotherReferenceOrSenderAreAnotherMessage() {
        memory.accept(part("p1", "ref", 2, 1, "a"), T0);
        InboundSms otherSender = new InboundSms(EventIds.inboundMessage(Carrier.VONAGE, "q2"), Carrier.VONAGE, "q2",
                "+33699999999", "+33757000001", "b", T0, new Multipart("ref", 2, 2));

        assertEquals(List.of(), memory.accept(part("r2", "other", 2, 2, "b"), T0).toMatch());
        assertEquals(List.of(), memory.accept(otherSender, T0).toMatch());
    }

    @Test
    void incoherentMultipartInformationIsMatchedAsAWholeMessage() {
        InboundSms single = part("s1", "ref", 1, 1, "only");
        InboundSms beyond = part("s2", "ref", 2, 3, "beyond");

        assertEquals(List.of(single), memory.accept(single, T0).toMatch());
        assertEquals(List.of(beyond), memory.accept(beyond, T0).toMatch());
    }

    @Test
    void anIncompleteMessageIsMatchedAsItIsOnceTheTimeoutHasPassed() {
        InboundSms first = part("p1", "ref", 3, 1, "hello ");
        memory.accept(first, T0);
        memory.accept(part("p3", "ref", 3, 3, "again"), T0.plusSeconds(30));

        assertTrue(memory.expire(T0.plus(TIMEOUT).minusMillis(1)).isEmpty());
        Step step = memory.expire(T0.plus(TIMEOUT));

        assertEquals("hello again", step.toMatch().get(0).text());
        assertEquals(List.of(new Forget(MemoryKeys.parts(first))), step.changes());
        assertTrue(memory.expire(T0.plus(TIMEOUT).plusSeconds(1)).isEmpty());
    }

    @Test
    void aHandledMessageIsForgottenAfterTheWindowAndNotBefore() {
        InboundSms sms = sms("m1", "hello");
        memory.accept(sms, T0);

        assertTrue(memory.expire(T0.plus(WINDOW).minusSeconds(1)).isEmpty());
        assertTrue(memory.accept(sms, T0.plus(WINDOW).minusSeconds(1)).isEmpty());
        Step step = memory.expire(T0.plus(WINDOW));

        assertEquals(List.of(new Forget(MemoryKeys.seen(sms))), step.changes());
        assertEquals(List.of(sms), memory.accept(sms, T0.plus(WINDOW)).toMatch());
    }

    @Test
    void aMemoryRestoredFromItsChangesDecidesAsTheOriginal() {
        InboundSms handled = sms("m1", "hello");
        InboundSms first = part("p1", "ref", 2, 1, "a");
        PartitionMemory restored = new PartitionMemory(WINDOW, TIMEOUT);
        List.of(memory.accept(handled, T0), memory.accept(first, T0)).forEach(step -> step.changes()
                .forEach(restored::restore));

        assertTrue(restored.accept(handled, T0.plusSeconds(1)).isEmpty());
        assertEquals("ab", restored.accept(part("p2", "ref", 2, 2, "b"), T0.plusSeconds(1)).toMatch().get(0).text());
    }

    @Test
    void aForgetRestoredRemovesWhatWasRemembered() {
        InboundSms handled = sms("m1", "hello");
        PartitionMemory restored = new PartitionMemory(WINDOW, TIMEOUT);
        memory.accept(handled, T0).changes().forEach(restored::restore);

        restored.restore(new Forget(MemoryKeys.seen(handled)));

        assertEquals(List.of(handled), restored.accept(handled, T0).toMatch());
    }

    private static InboundSms sms(String carrierId, String text) {
        return new InboundSms(EventIds.inboundMessage(Carrier.VONAGE, carrierId), Carrier.VONAGE, carrierId,
                "+33612345678", "+33757000001", text, T0, null);
    }

    private static InboundSms part(String carrierId, String reference, int total, int part, String text) {
        return new InboundSms(EventIds.inboundMessage(Carrier.VONAGE, carrierId), Carrier.VONAGE, carrierId,
                "+33612345678", "+33757000001", text, T0, new Multipart(reference, total, part));
    }
}
