package io.smsauto.conventions.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.logging.Log;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every error a resource can raise into a problem body; never leaks exception types or stack traces. */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response invalid(InvalidRequestException e) {
        return Problem.of(422, "Unprocessable Content", "The request has invalid fields.", e.violations()).toResponse();
    }

    @ServerExceptionMapper
    public Response malformed(MalformedRequestException e) {
        return Problem.malformed(e).toResponse();
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e) {
        String field = e instanceof JsonMappingException mapping ? path(mapping) : "";
        String detail = field.isEmpty() ? "The body is not valid JSON." : "The field " + field + " has the wrong type.";
        List<Violation> violations = field.isEmpty() ? List.of() : List.of(new Violation(field, "wrong type"));
        return Problem.of(400, "Bad Request", detail, violations).toResponse();
    }

    /** Quarkus has a built-in mapper for this subtype that answers without naming the field: ours wins. */
    @ServerExceptionMapper
    public Response wrongType(MismatchedInputException e) {
        return unreadableJson(e);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        Response.StatusType status = e.getResponse().getStatusInfo();
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json);
        }
        return Problem.of(status.getStatusCode(), status.getReasonPhrase(), e.getMessage(), List.of()).toResponse();
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e) {
        Log.error("Unexpected error while handling a request", e);
        return Problem.unexpected().toResponse();
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }
}
