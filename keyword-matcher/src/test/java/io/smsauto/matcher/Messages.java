package io.smsauto.matcher;

import io.smsauto.events.ActionSpec;
import io.smsauto.events.ActionType;
import io.smsauto.events.Automation;
import io.smsauto.events.Carrier;
import io.smsauto.events.EventIds;
import io.smsauto.events.InboundSms;
import io.smsauto.events.MatchMode;
import io.smsauto.events.Multipart;
import io.smsauto.events.Trigger;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Automations and inbound SMS for the tests, each with ids, senders and keywords of its own. */
final class Messages {

    /** The receiving number every test automation listens on. */
    static final String TO = "+33757000001";

    private Messages() {
    }

    /** A keyword no other test uses: letters only, so it stays one word. */
    static String word() {
        StringBuilder word = new StringBuilder("kw");
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    /** A sender no other test uses, so its records have a partition and an order to themselves. */
    static String sender() {
        return "+336" + (10_000_000 + ThreadLocalRandom.current().nextInt(90_000_000));
    }

    static Automation automation(MatchMode mode, String keyword, ActionSpec... actions) {
        String id = UUID.randomUUID().toString();
        return new Automation(id, "Automation " + keyword, true, List.of(TO), new Trigger(List.of(keyword), mode),
                List.of(actions), Instant.now(), Instant.now());
    }

    static Automation disabled(Automation automation) {
        return new Automation(automation.id(), automation.name(), false, automation.numbers(), automation.trigger(),
                automation.actions(), automation.createdAt(), Instant.now());
    }

    static Automation withActions(Automation automation, ActionSpec... actions) {
        return new Automation(automation.id(), automation.name(), automation.enabled(), automation.numbers(),
                automation.trigger(), List.of(actions), automation.createdAt(), Instant.now());
    }

    static ActionSpec reply(String template) {
        return ActionSpec.reply(UUID.randomUUID().toString(), "Reply", template);
    }

    static ActionSpec addToGroup(String listId) {
        return new ActionSpec(UUID.randomUUID().toString(), "Join", ActionType.ADD_TO_GROUP, listId, null, null, null,
                null, null, null, null);
    }

    static InboundSms sms(String from, String text) {
        return sms(from, UUID.randomUUID().toString(), text);
    }

    /** A carrier message: the same {@code carrierId} is the same message, delivered again. */
    static InboundSms sms(String from, String carrierId, String text) {
        return new InboundSms(EventIds.inboundMessage(Carrier.VONAGE, carrierId), Carrier.VONAGE, carrierId, from, TO,
                text, Instant.now(), null);
    }

    static InboundSms part(String from, String carrierId, String reference, int total, int part, String text) {
        return new InboundSms(EventIds.inboundMessage(Carrier.VONAGE, carrierId), Carrier.VONAGE, carrierId, from, TO,
                text, Instant.now(), new Multipart(reference, total, part));
    }

    /** The id of the message that parts with these carrier ids (in part order) make together. */
    static String wholeMessageId(String... partCarrierIds) {
        return EventIds.inboundMessage(Carrier.VONAGE, String.join("+", partCarrierIds));
    }
}
