package io.smsauto.gateway.messagemedia;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.Startup;
import io.smallrye.mutiny.Uni;
import io.smsauto.events.Carrier;
import io.smsauto.gateway.messaging.CarrierEventPublisher;
import io.smsauto.gateway.webhook.CarrierWebhook;
import io.smsauto.gateway.webhook.JsonParams;
import io.smsauto.gateway.webhook.SignatureStatus;
import io.smsauto.gateway.webhook.Webhook;
import io.smsauto.gateway.webhook.WebhookAnswer;
import io.smsauto.gateway.webhook.WebhookRequest;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.Optional;

/**
 * Sinch MessageMedia's reply webhook, {@code /webhooks/messagemedia/inbound} (JSON POST), answered 200
 * once the message is on {@code sms.inbound}.
 */
@Singleton
@Startup
public class MessageMediaInboundWebhook implements CarrierWebhook {

    private final CarrierEventPublisher publisher;
    private final ObjectMapper json;
    private final Optional<MessageMediaSignature> signature;

    public MessageMediaInboundWebhook(CarrierEventPublisher publisher, ObjectMapper json, MessageMediaConfig config) {
        this.publisher = publisher;
        this.json = json;
        this.signature = config.signaturePublicKey()
                .map(key -> new MessageMediaSignature(key, config.signatureDigest()));
        SignatureStatus.log(Carrier.MESSAGEMEDIA, signature.isPresent(), "messagemedia.signature-public-key");
    }

    @Override
    public Webhook webhook() {
        return Webhook.post("/webhooks/messagemedia/inbound", new Webhook.Body(MediaType.APPLICATION_JSON, this::receive));
    }

    private Uni<WebhookAnswer> receive(WebhookRequest request) {
        Instant now = Instant.now();
        signature.ifPresent(s -> s.verify(requestLine(request.http()), request.header(MessageMediaSignature.DATE),
                request.body(), request.header(MessageMediaSignature.HEADER), now));
        return publisher.publish(MessageMediaInbound.toEvent(JsonParams.parse(json, request.body()), now))
                .replaceWith(WebhookAnswer.EMPTY);
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
