package io.smsauto.gateway.messaging;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smsauto.conventions.messaging.CloudEventRecords;
import io.smsauto.events.InboundSms;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;

/** Puts an inbound SMS on {@code sms.inbound} and reports when the broker has durably stored it. */
@ApplicationScoped
public class InboundSmsPublisher {

    private static final String SOURCE = CloudEventRecords.source("inbound-gateway");

    private final MutinyEmitter<InboundSms> emitter;
    private final Duration timeout;

    public InboundSmsPublisher(@Channel("sms-inbound") MutinyEmitter<InboundSms> emitter,
            @ConfigProperty(name = "gateway.publish-timeout") Duration timeout) {
        this.emitter = emitter;
        this.timeout = timeout;
    }

    /** Completes once the broker acknowledged the record (acks=all); fails with {@link BrokerUnavailableException} otherwise. */
    public Uni<Void> publish(InboundSms sms) {
        return emitter.sendMessage(CloudEventRecords.message(sms, SOURCE, sms.id(), InboundSms.TYPE, sms.from()))
                .ifNoItem().after(timeout).fail()
                .onFailure().transform(e -> new BrokerUnavailableException(e.toString()));
    }
}
