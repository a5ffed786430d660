package io.smsauto.admin.rest;

import io.smallrye.mutiny.Uni;
import io.smsauto.admin.client.PassThrough;
import io.smsauto.admin.config.Downstreams;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.mutiny.core.buffer.Buffer;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * contact-service's lists and contacts API (DESIGN.md §3), reached through this service so that the
 * web UI has one origin: same paths, methods, query, bodies and answers.
 */
@Path("/api/v1/{resource: (?:lists|contacts)(?:/.*)?}")
@Consumes(MediaType.WILDCARD)
@Produces(MediaType.WILDCARD)
@Tag(name = "Contact lists (contact-service)")
@APIResponse(responseCode = "503", description = "contact-service cannot be reached")
public class ContactServicePassThroughResource {

    private static final String SUMMARY = "Passed on to contact-service's API, which answers";

    private final PassThrough passThrough;
    private final Downstreams downstreams;

    public ContactServicePassThroughResource(PassThrough passThrough, Downstreams downstreams) {
        this.passThrough = passThrough;
        this.downstreams = downstreams;
    }

    @GET
    @Operation(summary = SUMMARY)
    public Uni<Response> get(@Context HttpServerRequest request) {
        return forward(request, null);
    }

    @POST
    @Operation(summary = SUMMARY)
    public Uni<Response> post(@Context HttpServerRequest request, byte[] body) {
        return forward(request, body);
    }

    @PUT
    @Operation(summary = SUMMARY)
    public Uni<Response> put(@Context HttpServerRequest request, byte[] body) {
        return forward(request, body);
    }

    @PATCH
    @Operation(summary = SUMMARY)
    public Uni<Response> patch(@Context HttpServerRequest request, byte[] body) {
        return forward(request, body);
    }

    @DELETE
    @Operation(summary = SUMMARY)
    public Uni<Response> delete(@Context HttpServerRequest request) {
        return forward(request, null);
    }

    private Uni<Response> forward(HttpServerRequest request, byte[] body) {
        return passThrough.send(downstreams.contactService(), request.method(), request.uri(), contentHeaders(request),
                body == null ? null : Buffer.buffer(body));
    }

    /** What says how to read the body and what the caller accepts back. */
    static Map<String, String> contentHeaders(HttpServerRequest request) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : new String[] {HttpHeaders.CONTENT_TYPE, HttpHeaders.ACCEPT, HttpHeaders.IF_MATCH}) {
            String value = request.getHeader(name);
            if (value != null) {
                headers.put(name, value);
            }
        }
        return headers;
    }
}
