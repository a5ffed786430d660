package io.smsauto.gateway.messagemedia;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.Startup;
import io.smallrye.mutiny.Uni;
import io.smsauto.events.Carrier;
import io.smsauto.gateway.messaging.CarrierEventPublisher;
import io.smsauto.gateway.webhook.JsonParams;
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
import java.util.Optional;

/** Sinch MessageMedia's reply webhook (JSON POST), answered 200 once the message is on {@code sms.inbound}. */
@Path("/webhooks/messagemedia/inbound")
@Singleton
@Startup
public class MessageMediaWebhookResource {

    private final CarrierEventPublisher publisher;
    private final ObjectMapper json;
    private final Optional<MessageMediaSignature> signature;

    public MessageMediaWebhookResource(CarrierEventPublisher publisher, ObjectMapper json, MessageMediaConfig config) {
        this.publisher = publisher;
        this.json = json;
        this.signature = config.signaturePublicKey()
                .map(key -> new MessageMediaSignature(key, config.signatureDigest()));
        SignatureStatus.log(Carrier.MESSAGEMEDIA, signature.isPresent(), "messagemedia.signature-public-key");
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> receive(byte[] body, HttpServerRequest request,
            @HeaderParam(MessageMediaSignature.DATE) String date,
            @HeaderParam(MessageMediaSignature.HEADER) String signed) {
        Instant now = Instant.now();
        signature.ifPresent(s -> s.verify(requestLine(request), date, body, signed, now));
        return publisher.publish(MessageMediaInbound.toEvent(JsonParams.parse(json, body), now))
                .replaceWith(() -> Response.ok().build());
    }

    /** The request line as it came, such as {@code POST /webhooks/messagemedia/inbound HTTP/1.1}. */
    private static String requestLine(HttpServerRequest request) {
        String version = switch (request.version()) {
            case HTTP_1_0 -> "HTTP/1.0";
            case HTTP_1_1 -> "HTTP/1.1";
            case HTTP_2 -> "HTTP/2.0";
        };
        return request.method().name() + " " + request.uri() + " " + version;
    }
}
