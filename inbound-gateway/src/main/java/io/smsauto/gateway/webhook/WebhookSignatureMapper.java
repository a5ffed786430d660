package io.smsauto.gateway.webhook;

import io.quarkus.logging.Log;
import io.smsauto.conventions.rest.Problem;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** 401 for a webhook that does not prove it comes from the carrier; the reason stays in the debug log. */
public class WebhookSignatureMapper {

    @ServerExceptionMapper
    public Response unsigned(WebhookSignatureException e) {
        Log.debugf("Webhook refused with 401: %s", e.getMessage());
        return Problem.of(Response.Status.UNAUTHORIZED, "The webhook signature is missing or wrong.").toResponse();
    }
}
