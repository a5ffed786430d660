package io.smsauto.admin.rest;

import io.smallrye.mutiny.Uni;
import io.smsauto.admin.messaging.ChangelogRelay;
import io.smsauto.admin.service.AutomationService;
import io.smsauto.admin.service.AutomationValidator;
import io.smsauto.events.Automation;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;

/** DESIGN.md §3: automations and their actions. A change is answered once it is stored and on the changelog. */
@Path("/api/v1/automations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AutomationResource {

    private final AutomationService automations;
    private final AutomationValidator validator;
    private final ChangelogRelay changelog;

    public AutomationResource(AutomationService automations, AutomationValidator validator, ChangelogRelay changelog) {
        this.automations = automations;
        this.validator = validator;
        this.changelog = changelog;
    }

    @POST
    public Uni<Response> create(AutomationRequest request) {
        return automations.create(validator.validate(request))
                .call(created -> published(UUID.fromString(created.id())))
                .map(created -> Response.created(URI.create("/api/v1/automations/" + created.id()))
                        .entity(created).build());
    }

    @GET
    public Uni<List<Automation>> list() {
        return automations.list();
    }

    @GET
    @Path("{id}")
    public Uni<Automation> get(@PathParam("id") UUID id) {
        return automations.get(id);
    }

    @DELETE
    @Path("{id}")
    public Uni<Response> delete(@PathParam("id") UUID id) {
        return automations.delete(id)
                .call(() -> published(id))
                .replaceWith(Response.noContent().build());
    }

    private Uni<Void> published(UUID id) {
        return changelog.publish(id)
                .onFailure().transform(e -> new ChangelogUnavailableException(e));
    }
}
