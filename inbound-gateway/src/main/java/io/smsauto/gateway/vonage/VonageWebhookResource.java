package io.smsauto.gateway.vonage;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.Startup;
import io.smallrye.mutiny.Uni;
import io.smsauto.events.Carrier;
import io.smsauto.gateway.messaging.CarrierEventPublisher;
import io.smsauto.gateway.webhook.SignatureStatus;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Singleton;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Vonage SMS API inbound webhook: GET with a query string, POST with a form or a JSON body, all
 * carrying the same parameters. Answered 200 once the message is on {@code sms.inbound}.
 */
@Path("/webhooks/vonage/inbound")
@Singleton
@Startup
public class VonageWebhookResource {

    private final CarrierEventPublisher publisher;
    private final ObjectMapper json;
    private final Optional<VonageSignature> signature;

    public VonageWebhookResource(CarrierEventPublisher publisher, ObjectMapper json, VonageConfig config) {
        this.publisher = publisher;
        this.json = json;
        this.signature = config.signature();
        SignatureStatus.log(Carrier.VONAGE, signature.isPresent(), "vonage.signature-secret (VONAGE_SIGNATURE_SECRET)");
    }

    @GET
    public Uni<Response> query(HttpServerRequest request) {
        return accept(VonageParams.ofQuery(request));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> form(byte[] body, HttpServerRequest request) {
        return accept(VonageParams.ofForm(body, request));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> json(byte[] body) {
        return accept(VonageParams.ofJson(json, body));
    }

    private Uni<Response> accept(Map<String, String> params) {
        Instant now = Instant.now();
        signature.ifPresent(s -> s.verify(params, now));
        return publisher.publish(VonageInbound.toEvent(params, now)).replaceWith(() -> Response.ok().build());
    }
}
