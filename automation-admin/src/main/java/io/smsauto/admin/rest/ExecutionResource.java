package io.smsauto.admin.rest;

import io.smallrye.mutiny.Uni;
import io.smsauto.admin.service.ExecutionHistory;
import io.smsauto.admin.service.ExecutionPage;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** DESIGN.md §3, history: the messages that fired an automation, and how each action ended. */
@Path("/api/v1/automations/{id}/executions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Execution history")
public class ExecutionResource {

    private final ExecutionHistory history;

    public ExecutionResource(ExecutionHistory history) {
        this.history = history;
    }

    @GET
    @Operation(summary = "The messages that fired an automation, newest first, with each action's status",
            description = "An action is PENDING until its result arrives, then SUCCEEDED, FAILED or SKIPPED with the "
                    + "result's detail. Kept for history.retention (30 days by default).")
    @APIResponse(responseCode = "200", description = "One page of executions", content = @Content(
            schema = @Schema(implementation = ExecutionPage.class),
            examples = @ExampleObject(name = "executions", value = ApiExamples.EXECUTIONS)))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "404", description = "No automation has this id")
    @APIResponse(responseCode = "422", description = "page below 0, or size not within 1 to 100")
    public Uni<ExecutionPage> executions(@PathParam("id") UUID id,
            @Parameter(description = "from 0") @QueryParam("page") @DefaultValue("0") int page,
            @Parameter(description = "1 to 100") @QueryParam("size") @DefaultValue("20") int size) {
        return history.page(id, page, size);
    }
}
