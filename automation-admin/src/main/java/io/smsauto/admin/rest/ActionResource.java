package io.smsauto.admin.rest;

import io.smallrye.mutiny.Uni;
import io.smsauto.admin.service.AutomationEditor;
import io.smsauto.admin.service.AutomationService;
import io.smsauto.admin.service.Versioned;
import io.smsauto.events.ActionSpec;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The actions of one automation, saved and edited one at a time (DESIGN.md §3): an edited action
 * keeps its id. The ETag is the automation's version.
 */
@Path("/api/v1/automations/{id}/actions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Actions")
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "404", description = "No automation has this id, or it has no action with this id")
public class ActionResource {

    private final AutomationService automations;
    private final AutomationEditor editor;

    public ActionResource(AutomationService automations, AutomationEditor editor) {
        this.automations = automations;
        this.editor = editor;
    }

    @POST
    @Operation(summary = "Add an action at the end of an automation's actions")
    @RequestBody(content = @Content(schema = @Schema(implementation = ActionRequest.class),
            examples = @ExampleObject(name = "reply", value = ApiExamples.ACTION_REQUEST)))
    @APIResponse(responseCode = "201", description = "Added and on the changelog; Location names it",
            content = @Content(schema = @Schema(implementation = ActionSpec.class),
                    examples = @ExampleObject(name = "added", value = ApiExamples.ACTION)))
    @APIResponse(responseCode = "412", description = "If-Match names a version that is no longer the current one")
    @APIResponse(responseCode = "422", description = "Invalid fields, each named in violations")
    @APIResponse(responseCode = "503", description = "contact-service cannot say whether the list exists")
    public Uni<Response> add(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            ActionRequest request) {
        return editor.addAction(id, request, EntityTags.expectedVersion(ifMatch))
                .map(added -> EntityTags.withTag(Response.created(
                        URI.create("/api/v1/automations/" + id + "/actions/" + added.value().id())), added));
    }

    @GET
    @Path("{actionId}")
    @Operation(summary = "Get one action of an automation")
    @APIResponse(responseCode = "200", description = "The action", content = @Content(
            schema = @Schema(implementation = ActionSpec.class),
            examples = @ExampleObject(name = "action", value = ApiExamples.ACTION)))
    public Uni<Response> get(@PathParam("id") UUID id, @PathParam("actionId") String actionId) {
        return automations.get(id).map(found -> EntityTags.withTag(Response.ok(), new Versioned<>(
                found.value().actions().stream().filter(a -> a.id().equals(actionId)).findFirst()
                        .orElseThrow(() -> new NotFoundException("Automation " + id + " has no action " + actionId + ".")),
                found.version())));
    }

    @PUT
    @Path("{actionId}")
    @Operation(summary = "Replace one action; it keeps its id and its place")
    @RequestBody(content = @Content(schema = @Schema(implementation = ActionRequest.class),
            examples = @ExampleObject(name = "reply", value = ApiExamples.ACTION_REQUEST)))
    @APIResponse(responseCode = "200", description = "Replaced and on the changelog",
            content = @Content(schema = @Schema(implementation = ActionSpec.class)))
    @APIResponse(responseCode = "412", description = "If-Match names a version that is no longer the current one")
    @APIResponse(responseCode = "422", description = "Invalid fields, each named in violations")
    @APIResponse(responseCode = "503", description = "contact-service cannot say whether the list exists")
    public Uni<Response> replace(@PathParam("id") UUID id, @PathParam("actionId") String actionId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, ActionRequest request) {
        return editor.replaceAction(id, actionId, request, EntityTags.expectedVersion(ifMatch))
                .map(replaced -> EntityTags.withTag(Response.ok(), replaced));
    }

    @DELETE
    @Path("{actionId}")
    @Operation(summary = "Remove one action", description = "The last action cannot be removed: delete the automation.")
    @APIResponse(responseCode = "204", description = "Removed and on the changelog")
    @APIResponse(responseCode = "412", description = "If-Match names a version that is no longer the current one")
    @APIResponse(responseCode = "422", description = "It is the automation's only action")
    public Uni<Response> delete(@PathParam("id") UUID id, @PathParam("actionId") String actionId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return editor.deleteAction(id, actionId, EntityTags.expectedVersion(ifMatch))
                .map(version -> Response.noContent().tag(EntityTags.of(version)).build());
    }
}
