package io.smsauto.admin.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Uni;
import io.smsauto.admin.service.AutomationEditor;
import io.smsauto.admin.service.AutomationService;
import io.smsauto.conventions.rest.Problem;
import io.smsauto.events.Automation;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * DESIGN.md §3: automations. A change is answered once it is committed and on the changelog. Each
 * automation carries its version as ETag; a change sent with If-Match applies only to that version.
 */
@Path("/api/v1/automations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Automations")
@APIResponse(responseCode = "401", description = "No valid bearer token")
public class AutomationResource {

    static final String MERGE_PATCH = "application/merge-patch+json";

    private final AutomationService automations;
    private final AutomationEditor editor;

    public AutomationResource(AutomationService automations, AutomationEditor editor) {
        this.automations = automations;
        this.editor = editor;
    }

    @POST
    @Operation(summary = "Create an automation", description = "Each list an ADD_TO_GROUP or REMOVE_FROM_GROUP "
            + "action names must exist in contact-service. Ids are given by the service, to the automation and each action.")
    @RequestBody(content = @Content(schema = @Schema(implementation = AutomationRequest.class),
            examples = @ExampleObject(name = "automation", value = ApiExamples.AUTOMATION_REQUEST)))
    @APIResponse(responseCode = "201", description = "Created, stored and on the changelog; Location names it",
            content = @Content(schema = @Schema(implementation = Automation.class),
                    examples = @ExampleObject(name = "created", value = ApiExamples.AUTOMATION)))
    @APIResponse(responseCode = "400", description = "Malformed JSON or a field of the wrong type",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "An enabled automation already has a keyword, in the same "
            + "match mode, on a shared number", content = @Content(mediaType = Problem.MEDIA_TYPE,
                    examples = @ExampleObject(name = "clash", value = ApiExamples.CLASH_PROBLEM)))
    @APIResponse(responseCode = "422", description = "Invalid fields, each named in violations",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    examples = @ExampleObject(name = "invalid", value = ApiExamples.VALIDATION_PROBLEM)))
    @APIResponse(responseCode = "503", description = "contact-service cannot say whether a list exists (nothing "
            + "saved), or the change is saved but not yet on the changelog (the detail says which)")
    public Uni<Response> create(AutomationRequest request) {
        return editor.create(request).map(created -> EntityTags.withTag(Response.created(
                URI.create("/api/v1/automations/" + created.value().id())), created));
    }

    @GET
    @Operation(summary = "List every automation, oldest first")
    @APIResponse(responseCode = "200", description = "The automations",
            content = @Content(schema = @Schema(implementation = Automation.class, type = SchemaType.ARRAY)))
    public Uni<List<Automation>> list() {
        return automations.list();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Get one automation", description = "Its ETag is its version, for If-Match.")
    @APIResponse(responseCode = "200", description = "The automation", content = @Content(
            schema = @Schema(implementation = Automation.class),
            examples = @ExampleObject(name = "automation", value = ApiExamples.AUTOMATION)))
    @APIResponse(responseCode = "404", description = "No automation has this id")
    public Uni<Response> get(@PathParam("id") UUID id) {
        return automations.get(id).map(found -> EntityTags.withTag(Response.ok(), found));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Replace an automation", description = "An action that carries the id of one of the "
            + "automation's actions replaces it and keeps its id; an action without an id is new; actions left out are "
            + "removed. 'enabled': false disables it. Lists are asked about only for actions that start naming one.")
    @RequestBody(content = @Content(schema = @Schema(implementation = AutomationRequest.class),
            examples = @ExampleObject(name = "automation", value = ApiExamples.AUTOMATION_REQUEST)))
    @APIResponse(responseCode = "200", description = "Replaced and on the changelog",
            content = @Content(schema = @Schema(implementation = Automation.class)))
    @APIResponse(responseCode = "404", description = "No automation has this id")
    @APIResponse(responseCode = "409", description = "Keyword clash, or changed by another request at the same time")
    @APIResponse(responseCode = "412", description = "If-Match names a version that is no longer the current one")
    @APIResponse(responseCode = "422", description = "Invalid fields, each named in violations")
    public Uni<Response> replace(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            AutomationRequest request) {
        return editor.replace(id, request, EntityTags.expectedVersion(ifMatch))
                .map(replaced -> EntityTags.withTag(Response.ok(), replaced));
    }

    @PATCH
    @Path("{id}")
    @Consumes({MERGE_PATCH, MediaType.APPLICATION_JSON})
    @Operation(summary = "Change some fields of an automation, e.g. enable or disable it",
            description = "A JSON merge patch (RFC 7396) over the automation as GET shows it; the result is checked "
                    + "and saved as a PUT of it would be.")
    @RequestBody(content = @Content(mediaType = MERGE_PATCH,
            examples = @ExampleObject(name = "disable", value = ApiExamples.DISABLE_PATCH)))
    @APIResponse(responseCode = "200", description = "Changed and on the changelog",
            content = @Content(schema = @Schema(implementation = Automation.class)))
    @APIResponse(responseCode = "404", description = "No automation has this id")
    @APIResponse(responseCode = "409", description = "Keyword clash (e.g. enabling it)")
    @APIResponse(responseCode = "412", description = "If-Match names a version that is no longer the current one")
    @APIResponse(responseCode = "422", description = "The patched automation has invalid fields")
    public Uni<Response> patch(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            JsonNode patch) {
        return editor.patch(id, patch, EntityTags.expectedVersion(ifMatch))
                .map(patched -> EntityTags.withTag(Response.ok(), patched));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete an automation", description = "Answered once its tombstone is on the changelog: "
            + "the matcher drops it.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No automation has this id")
    @APIResponse(responseCode = "412", description = "If-Match names a version that is no longer the current one")
    public Uni<Response> delete(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return editor.delete(id, EntityTags.expectedVersion(ifMatch)).replaceWith(Response.noContent().build());
    }
}
