package io.smsauto.admin.client;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.rest.client.annotation.ClientHeaderParam;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** contact-service's lists API (DESIGN.md §3), with the same bearer token as ours. */
@RegisterRestClient(configKey = "contact-service")
@Path("/api/v1/lists")
@ClientHeaderParam(name = "Authorization", value = "{bearer}")
public interface ContactServiceClient {

    /** 200 when the list exists, 404 when it does not. */
    @GET
    @Path("{id}")
    Uni<Response> list(@PathParam("id") String id);

    default String bearer() {
        return "Bearer " + ConfigProvider.getConfig().getOptionalValue("api.token", String.class).orElse("");
    }
}
