package io.smsauto.dispatcher;

import io.smsauto.events.ActionRequested;
import io.smsauto.events.ActionSpec;
import io.smsauto.events.ActionType;
import io.smsauto.events.AutomationRef;
import io.smsauto.events.Carrier;
import io.smsauto.events.EventIds;
import io.smsauto.events.HttpMethod;
import io.smsauto.events.InboundSms;
import io.smsauto.events.KeyValue;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Forward-to-url action events as the matcher emits them, each with fresh ids. */
public final class ForwardEvents {

    public static final String CONTACT = "+33612345678";

    private ForwardEvents() {
    }

    public static ActionRequested event(HttpMethod method, String url, List<KeyValue> headers, List<KeyValue> params) {
        InboundSms sms = new InboundSms(EventIds.inboundMessage(Carrier.VONAGE, UUID.randomUUID().toString()),
                Carrier.VONAGE, "0B0000012A3F4C5D", CONTACT, "+33757000001", "CALL order 42", Instant.now(), null);
        String actionId = UUID.randomUUID().toString();
        ActionSpec action = new ActionSpec(actionId, "Tell the CRM", ActionType.FORWARD_TO_URL, null, null, null, null,
                method, url, headers, params);
        return new ActionRequested(EventIds.action(sms.id(), actionId), new AutomationRef("a-1", "Orders"), null,
                action, sms, Instant.now());
    }
}
