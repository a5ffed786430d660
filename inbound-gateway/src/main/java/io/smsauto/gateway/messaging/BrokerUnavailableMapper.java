package io.smsauto.gateway.messaging;

import io.quarkus.logging.Log;
import io.smsauto.conventions.rest.Problem;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A message Kafka has not confirmed is never acknowledged: 503, so the carrier delivers it again. */
public class BrokerUnavailableMapper {

    @ServerExceptionMapper
    public Response unavailable(BrokerUnavailableException e) {
        Log.debugf("Inbound SMS refused with 503: %s", e.getMessage());
        return Response.fromResponse(Problem.of(Response.Status.SERVICE_UNAVAILABLE,
                        "The message could not be stored; deliver it again later.").toResponse())
                .header(HttpHeaders.RETRY_AFTER, "5")
                .build();
    }
}
