package io.smsauto.gateway.vonage;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.Startup;
import io.smallrye.mutiny.Uni;
import io.smsauto.events.Carrier;
import io.smsauto.gateway.messaging.CarrierEventPublisher;
import io.smsauto.gateway.webhook.SignatureStatus;
import io.smsauto.gateway.webhook.WebhookAnswer;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Vonage SMS API inbound webhook, {@code /webhooks/vonage/inbound}: GET with a query string, POST with
 * a form or a JSON body, all carrying the same parameters. Answered 200 once the message is on
 * {@code sms.inbound}.
 */
@Singleton
@Startup
public class VonageInboundWebhook extends VonageEndpoints {

    private final CarrierEventPublisher publisher;
    private final Optional<VonageSignature> signature;

    public VonageInboundWebhook(CarrierEventPublisher publisher, ObjectMapper json, VonageConfig config) {
        super("/webhooks/vonage/inbound", json);
        this.publisher = publisher;
        this.signature = config.signature();
        SignatureStatus.log(Carrier.VONAGE, signature.isPresent(), "vonage.signature-secret (VONAGE_SIGNATURE_SECRET)");
    }

    @Override
    Uni<WebhookAnswer> accept(Map<String, String> params) {
        Instant now = Instant.now();
        signature.ifPresent(s -> s.verify(params, now));
        return publisher.publish(VonageInbound.toEvent(params, now)).replaceWith(WebhookAnswer.EMPTY);
    }
}
