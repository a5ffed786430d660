package io.smsauto.gateway.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.smsauto.conventions.rest.MalformedRequestException;
import io.smsauto.conventions.rest.Problem;
import io.smsauto.gateway.messaging.BrokerUnavailableException;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response.Status;

/**
 * Writes a webhook's answers: its 200, and the problem bodies (RFC 9457) of a refused request, the
 * same as service-conventions' exception mappers give for the REST resources of the other services.
 */
@ApplicationScoped
public class WebhookResponses {

    static final String RETRY_AFTER_SECONDS = "5";

    private final ObjectMapper json;

    public WebhookResponses(ObjectMapper json) {
        this.json = json;
    }

    public void stored(HttpServerResponse response, WebhookAnswer answer) {
        if (answer.contentType() == null) {
            response.end();
        } else {
            response.putHeader(HttpHeaders.CONTENT_TYPE, answer.contentType()).end(answer.body());
        }
    }

    /** The answer to a request the webhook refused or could not store. */
    public void failed(HttpServerResponse response, Throwable failure) {
        if (failure instanceof MalformedRequestException malformed) {
            problem(response, Problem.malformed(malformed));
        } else if (failure instanceof WebhookSignatureException unsigned) {
            Log.debugf("Webhook refused with 401: %s", unsigned.getMessage());
            problem(response, Problem.of(Status.UNAUTHORIZED, "The webhook signature is missing or wrong."));
        } else if (failure instanceof BrokerUnavailableException unavailable) {
            Log.debugf("Inbound SMS refused with 503: %s", unavailable.getMessage());
            response.putHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
            problem(response, Problem.of(Status.SERVICE_UNAVAILABLE, "The message could not be stored; deliver it again later."));
        } else {
            Log.error("Unexpected error while handling a request", failure);
            problem(response, Problem.unexpected());
        }
    }

    /** A 405, with the {@code Allow} header HTTP requires of it. */
    public void methodNotAllowed(HttpServerResponse response, String allow) {
        response.putHeader(HttpHeaders.ALLOW, allow);
        problem(response, Problem.of(Status.METHOD_NOT_ALLOWED, "HTTP 405 Method Not Allowed"));
    }

    public void unsupportedMediaType(HttpServerResponse response) {
        problem(response, Problem.of(Status.UNSUPPORTED_MEDIA_TYPE, "The content-type header value did not match the value in @Consumes"));
    }

    private void problem(HttpServerResponse response, Problem problem) {
        response.setStatusCode(problem.status()).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE).end(Buffer.buffer(bytes(problem)));
    }

    private byte[] bytes(Problem problem) {
        try {
            return json.writeValueAsBytes(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem body cannot be written as JSON", e);
        }
    }
}
