package io.smsauto.gateway.twilio;

import io.quarkus.runtime.Startup;
import io.smallrye.mutiny.Uni;
import io.smsauto.events.Carrier;
import io.smsauto.gateway.messaging.CarrierEventPublisher;
import io.smsauto.gateway.webhook.CarrierWebhook;
import io.smsauto.gateway.webhook.FormParams;
import io.smsauto.gateway.webhook.SignatureStatus;
import io.smsauto.gateway.webhook.Webhook;
import io.smsauto.gateway.webhook.WebhookAnswer;
import io.smsauto.gateway.webhook.WebhookRequest;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Twilio's incoming-message webhook, {@code /webhooks/twilio/inbound} (form POST). Answered with empty
 * TwiML once the message is on {@code sms.inbound}: replies, if any, are sent later by the automations.
 */
@Singleton
@Startup
public class TwilioInboundWebhook implements CarrierWebhook {

    static final WebhookAnswer EMPTY_TWIML =
            new WebhookAnswer(MediaType.TEXT_XML, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response/>");

    private final CarrierEventPublisher publisher;
    private final Optional<TwilioSignature> signature;
    private final Optional<String> publicBaseUrl;

    public TwilioInboundWebhook(CarrierEventPublisher publisher, TwilioConfig config) {
        this.publisher = publisher;
        this.signature = config.authToken().map(TwilioSignature::new);
        this.publicBaseUrl = config.publicBaseUrl().map(url -> url.replaceAll("/+$", ""));
        SignatureStatus.log(Carrier.TWILIO, signature.isPresent(), "twilio.auth-token (TWILIO_AUTH_TOKEN)");
    }

    @Override
    public Webhook webhook() {
        return Webhook.post("/webhooks/twilio/inbound", new Webhook.Body(MediaType.APPLICATION_FORM_URLENCODED, this::receive));
    }

    private Uni<WebhookAnswer> receive(WebhookRequest request) {
        Map<String, List<String>> params = FormParams.parse(request.body());
        signature.ifPresent(s -> s.verify(publicUrl(request.http()), params, request.header(TwilioSignature.HEADER)));
        return publisher.publish(TwilioInbound.toEvent(FormParams.firstValues(params), Instant.now())).replaceWith(EMPTY_TWIML);
    }

    /** The URL Twilio called, which is what it signed. */
    private String publicUrl(HttpServerRequest request) {
        return publicBaseUrl.map(base -> base + request.uri()).orElseGet(request::absoluteURI);
    }
}
