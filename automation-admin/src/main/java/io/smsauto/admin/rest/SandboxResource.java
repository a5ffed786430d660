package io.smsauto.admin.rest;

import io.smallrye.mutiny.Uni;
import io.smsauto.admin.client.PassThrough;
import io.smsauto.admin.config.Downstreams;
import io.smsauto.admin.service.SandboxPhone;
import io.smsauto.conventions.rest.Problem;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The web UI's sandbox phone (DESIGN.md §6): messages sent in through the real inbound-gateway, and the
 * SMS notifier-service recorded instead of sending them (no Vonage credentials).
 */
@Path("/api/v1/sandbox")
@Tag(name = "Sandbox phone")
@APIResponse(responseCode = "401", description = "No valid bearer token")
public class SandboxResource {

    private final SandboxPhone phone;
    private final PassThrough passThrough;
    private final Downstreams downstreams;

    public SandboxResource(SandboxPhone phone, PassThrough passThrough, Downstreams downstreams) {
        this.phone = phone;
        this.passThrough = passThrough;
        this.downstreams = downstreams;
    }

    @POST
    @Path("inbound")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send an SMS from a contact, as Vonage would deliver it",
            description = "A Vonage SMS API inbound webhook (new messageId, numbers without +, message-timestamp, "
                    + "timestamp, nonce; signed when vonage.signature-secret is set) is posted to inbound-gateway; "
                    + "its answer is passed back.")
    @RequestBody(content = @Content(schema = @Schema(implementation = SandboxInboundRequest.class),
            examples = @ExampleObject(name = "sms", value = ApiExamples.SIMULATE_REQUEST)))
    @APIResponse(responseCode = "200", description = "The gateway took it", content = @Content(
            examples = @ExampleObject(name = "sent", value = "{\"messageId\": \"4F0A9C1B2D3E4F5A6B\"}")))
    @APIResponse(responseCode = "422", description = "from or to is not a phone number, or text is missing or too long",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "503", description = "inbound-gateway cannot be reached, or cannot store the message")
    public Uni<Response> inbound(SandboxInboundRequest request) {
        return phone.send(request);
    }

    @GET
    @Path("messages")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The SMS recorded instead of sent, newest first (notifier-service's sandbox)",
            description = "Query number= (from or to it) and limit= (1..500) are passed on to notifier-service.")
    @APIResponse(responseCode = "200", description = "[{id, eventId, from, to, text, createdAt}]")
    @APIResponse(responseCode = "503", description = "notifier-service cannot be reached")
    public Uni<Response> messages(@Context HttpServerRequest request) {
        return passThrough.send(downstreams.notifierService(), HttpMethod.GET, request.uri(),
                ContactServicePassThroughResource.contentHeaders(request), null);
    }
}
