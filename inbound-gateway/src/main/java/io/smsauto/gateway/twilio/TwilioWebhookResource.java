package io.smsauto.gateway.twilio;

import io.quarkus.runtime.Startup;
import io.smallrye.mutiny.Uni;
import io.smsauto.events.Carrier;
import io.smsauto.gateway.messaging.CarrierEventPublisher;
import io.smsauto.gateway.webhook.FormParams;
import io.smsauto.gateway.webhook.SignatureStatus;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Singleton;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Twilio's incoming-message webhook (form POST). Answered with empty TwiML once the message is on
 * {@code sms.inbound}: replies, if any, are sent later by the automations.
 */
@Path("/webhooks/twilio/inbound")
@Singleton
@Startup
public class TwilioWebhookResource {

    static final String EMPTY_TWIML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response/>";

    private final CarrierEventPublisher publisher;
    private final Optional<TwilioSignature> signature;
    private final Optional<String> publicBaseUrl;

    public TwilioWebhookResource(CarrierEventPublisher publisher, TwilioConfig config) {
        this.publisher = publisher;
        this.signature = config.authToken().map(TwilioSignature::new);
        this.publicBaseUrl = config.publicBaseUrl().map(url -> url.replaceAll("/+$", ""));
        SignatureStatus.log(Carrier.TWILIO, signature.isPresent(), "twilio.auth-token (TWILIO_AUTH_TOKEN)");
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> receive(byte[] body, HttpServerRequest request,
            @HeaderParam(TwilioSignature.HEADER) String signed) {
        Map<String, List<String>> params = FormParams.parse(body);
        signature.ifPresent(s -> s.verify(publicUrl(request), params, signed));
        return publisher.publish(TwilioInbound.toEvent(FormParams.firstValues(params), Instant.now()))
                .replaceWith(() -> Response.ok(EMPTY_TWIML, MediaType.TEXT_XML_TYPE).build());
    }

    /** The URL Twilio called, which is what it signed. */
    private String publicUrl(HttpServerRequest request) {
        return publicBaseUrl.map(base -> base + request.uri()).orElseGet(request::absoluteURI);
    }
}
