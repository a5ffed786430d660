package io.smsauto.admin.rest;

import io.smallrye.mutiny.Uni;
import io.smsauto.admin.service.DryRun;
import io.smsauto.admin.service.Simulation;
import io.smsauto.conventions.rest.Problem;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** DESIGN.md §3, dry run: what a message would cause, without sending or storing anything. */
@Path("/api/v1/simulate")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Dry run")
public class SimulateResource {

    private final DryRun dryRun;

    public SimulateResource(DryRun dryRun) {
        this.dryRun = dryRun;
    }

    @POST
    @Operation(summary = "What a message would cause", description = "Built-in keywords first (opt-out, opt-in, "
            + "help: their effect is the matcher's, so no actions are listed), then the one enabled automation that "
            + "would fire, with each action rendered for this message. Nothing is sent or stored.")
    @RequestBody(content = @Content(schema = @Schema(implementation = SimulateRequest.class),
            examples = @ExampleObject(name = "message", value = ApiExamples.SIMULATE_REQUEST)))
    @APIResponse(responseCode = "200", description = "What would happen", content = @Content(
            schema = @Schema(implementation = Simulation.class), examples = {
                    @ExampleObject(name = "automation", value = ApiExamples.SIMULATION),
                    @ExampleObject(name = "built-in", value = ApiExamples.SIMULATION_BUILTIN)}))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "422", description = "from or to is not a phone number, or text is missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Uni<Simulation> simulate(SimulateRequest request) {
        return dryRun.simulate(request);
    }
}
