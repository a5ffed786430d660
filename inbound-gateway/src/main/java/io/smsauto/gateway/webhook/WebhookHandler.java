package io.smsauto.gateway.webhook;

import io.smallrye.mutiny.Uni;

/**
 * Checks one webhook request, stores what it says and completes once it is stored; a request it
 * refuses throws (or fails the Uni with) {@link io.smsauto.conventions.rest.MalformedRequestException},
 * {@link WebhookSignatureException} or {@link io.smsauto.gateway.messaging.BrokerUnavailableException}.
 */
@FunctionalInterface
public interface WebhookHandler {

    Uni<WebhookAnswer> handle(WebhookRequest request);
}
