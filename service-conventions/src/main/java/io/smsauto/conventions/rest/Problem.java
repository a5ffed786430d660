package io.smsauto.conventions.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An error answer as RFC 9457 describes it ({@code application/problem+json}); {@code violations}
 * names each field that was wrong.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(Response.Status status, String detail) {
        return new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, List.of());
    }

    public static Problem of(int status, String title, String detail, List<Violation> violations) {
        return new Problem("about:blank", title, status, detail, violations);
    }

    /** 400 naming the field the request got wrong. */
    public static Problem malformed(MalformedRequestException e) {
        return of(400, Response.Status.BAD_REQUEST.getReasonPhrase(), e.getMessage(),
                List.of(new Violation(e.field(), e.getMessage())));
    }

    /** 500 for what nobody foresaw; the cause is logged, never shown. */
    public static Problem unexpected() {
        return of(Response.Status.INTERNAL_SERVER_ERROR, "An unexpected error occurred.");
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }
}
