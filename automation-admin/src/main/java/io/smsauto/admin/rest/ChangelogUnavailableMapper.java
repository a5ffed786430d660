package io.smsauto.admin.rest;

import io.quarkus.logging.Log;
import io.smsauto.conventions.rest.Problem;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

public class ChangelogUnavailableMapper {

    @ServerExceptionMapper
    public Response unavailable(ChangelogUnavailableException e) {
        Log.warnf("Change saved but not yet on the changelog: %s", e.getCause());
        return Response.fromResponse(Problem.of(Response.Status.SERVICE_UNAVAILABLE,
                        "The change is saved but the matcher cannot be told yet; it will be within seconds of "
                                + "the message broker coming back.").toResponse())
                .header(HttpHeaders.RETRY_AFTER, "5")
                .build();
    }
}
