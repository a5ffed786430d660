package io.smsauto.notifier;

import io.smsauto.events.ActionRequested;
import io.smsauto.events.ActionSpec;
import io.smsauto.events.ActionType;
import io.smsauto.events.AutomationRef;
import io.smsauto.events.BuiltinKeyword;
import io.smsauto.events.Carrier;
import io.smsauto.events.EventIds;
import io.smsauto.events.InboundSms;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Action events as keyword-matcher emits them. Every test uses fresh numbers: the loop guard counts
 * per recipient, and a test must not depend on what others sent.
 */
final class Actions {

    static final String AUTOMATION = "Appointment confirmations";

    private Actions() {
    }

    /** A fresh French mobile number, E.164. */
    static String newNumber() {
        return "+336" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    /** The number as Vonage's form takes it: without the {@code +}. */
    static String digits(String number) {
        return number.substring(1);
    }

    static InboundSms inbound(String from, String to, String text) {
        return new InboundSms(EventIds.inboundMessage(Carrier.VONAGE, UUID.randomUUID().toString()), Carrier.VONAGE,
                "m-" + UUID.randomUUID(), from, to, text, Instant.now().truncatedTo(ChronoUnit.SECONDS), null);
    }

    static ActionRequested reply(String contact, String text) {
        return reply(inbound(contact, newNumber(), "hello"), text);
    }

    static ActionRequested reply(InboundSms sms, String text) {
        String actionId = UUID.randomUUID().toString();
        return automationAction(sms, ActionSpec.reply(actionId, "Say hi", text));
    }

    static ActionRequested builtinReply(String contact, BuiltinKeyword keyword, String text) {
        InboundSms sms = inbound(contact, newNumber(), keyword == BuiltinKeyword.OPT_OUT ? "STOP" : "START");
        ActionSpec reply = ActionSpec.reply("builtin:reply", "Built-in reply", text);
        return new ActionRequested(EventIds.action(sms.id(), reply.id()), null, keyword, reply, sms, Instant.now());
    }

    static ActionRequested forwardToMobile(InboundSms sms, List<String> numbers) {
        return automationAction(sms, new ActionSpec(UUID.randomUUID().toString(), "Tell the shop",
                ActionType.FORWARD_TO_MOBILE, null, sms.text(), numbers, null, null, null, null, null));
    }

    static ActionRequested forwardToEmail(InboundSms sms, List<String> emails) {
        return automationAction(sms, new ActionSpec(UUID.randomUUID().toString(), "Mail the team",
                ActionType.FORWARD_TO_EMAIL, null, sms.text(), null, emails, null, null, null, null));
    }

    private static ActionRequested automationAction(InboundSms sms, ActionSpec action) {
        return new ActionRequested(EventIds.action(sms.id(), action.id()), new AutomationRef("a-1", AUTOMATION), null,
                action, sms, Instant.now());
    }
}
