package io.smsauto.gateway.webhook;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Optional;

/**
 * Serves one {@link Webhook} on the event loop: the method (405, a HEAD too: see {@link Webhook}), the
 * content type (415), the body (413 past the limit), then the webhook's handler, whose answer is written
 * once it completes.
 */
final class WebhookRoute implements Handler<RoutingContext> {

    private static final byte[] NO_BODY = {};

    private final Webhook webhook;
    private final WebhookResponses responses;
    private final long maxBodySize;

    WebhookRoute(Webhook webhook, WebhookResponses responses, long maxBodySize) {
        this.webhook = webhook;
        this.responses = responses;
        this.maxBodySize = maxBodySize;
    }

    @Override
    public void handle(RoutingContext context) {
        HttpServerRequest request = context.request();
        HttpMethod method = request.method();
        if (HttpMethod.POST.equals(method)) {
            Optional<WebhookHandler> handler = webhook.post(request.getHeader(HttpHeaders.CONTENT_TYPE));
            if (handler.isEmpty()) {
                responses.unsupportedMediaType(request.response());
            } else {
                BoundedBody.read(request, maxBodySize, body -> run(request, handler.get(), body));
            }
        } else if (HttpMethod.GET.equals(method) && webhook.get().isPresent()) {
            run(request, webhook.get().get(), NO_BODY);
        } else if (HttpMethod.OPTIONS.equals(method)) {
            request.response().putHeader(HttpHeaders.ALLOW, webhook.allow()).end();
        } else {
            responses.methodNotAllowed(request.response(), webhook.allow());
        }
    }

    private void run(HttpServerRequest request, WebhookHandler handler, byte[] body) {
        Uni<WebhookAnswer> answer;
        try {
            answer = handler.handle(new WebhookRequest(request, body));
        } catch (RuntimeException refused) {
            responses.failed(request.response(), refused);
            return;
        }
        answer.subscribe().with(stored -> responses.stored(request.response(), stored),
                failure -> responses.failed(request.response(), failure));
    }
}
