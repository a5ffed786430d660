package io.smsauto.dispatcher.rest;

import io.smsauto.conventions.rest.InvalidRequestException;
import io.smsauto.conventions.rest.MalformedRequestException;
import io.smsauto.conventions.rest.Problem;
import io.smsauto.conventions.rest.Violation;
import io.smsauto.dispatcher.service.DeadLetterService;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Dead letters operators can act on: list them, replay one, or replay every one of a target host. */
@Path("/api/v1/dead-letters")
@Produces(MediaType.APPLICATION_JSON)
public class DeadLetterResource {

    private static final int MAX_SIZE = 100;

    private final DeadLetterService deadLetters;

    public DeadLetterResource(DeadLetterService deadLetters) {
        this.deadLetters = deadLetters;
    }

    public record Page(List<DeadLetterView> items, int page, int size, long total) {
    }

    public record Replayed(String id, String status) {
    }

    public record HostReplayed(String host, int replayed) {
    }

    /** Newest first; {@code host} keeps those of one target host. */
    @GET
    public Page list(@QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size,
            @QueryParam("host") String host) {
        List<Violation> violations = new ArrayList<>();
        if (page < 0) {
            violations.add(new Violation("page", "must be 0 or more"));
        }
        if (size < 1 || size > MAX_SIZE) {
            violations.add(new Violation("size", "must be between 1 and " + MAX_SIZE));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        DeadLetterService.Page found = deadLetters.page(normalised(host), page, size);
        return new Page(found.items().stream().map(DeadLetterView::of).toList(), page, size, found.total());
    }

    /** 202: the event goes back in the queue with its event id; it is called within a poll interval. */
    @POST
    @Path("{id}/replay")
    public Response replay(@PathParam("id") String id) {
        if (!deadLetters.replay(id)) {
            return Problem.of(Response.Status.NOT_FOUND, "No dead letter " + id + ".").toResponse();
        }
        return Response.accepted(new Replayed(id, "PENDING")).build();
    }

    /** 202 with how many dead letters of {@code host} went back in the queue. */
    @POST
    @Path("replay")
    public Response replayHost(@QueryParam("host") String host) {
        if (host == null || host.isBlank()) {
            throw new MalformedRequestException("host", "The query parameter host names the target host to replay.");
        }
        String target = normalised(host);
        return Response.accepted(new HostReplayed(target, deadLetters.replayHost(target))).build();
    }

    private static String normalised(String host) {
        return host == null || host.isBlank() ? null : host.strip().toLowerCase(Locale.ROOT);
    }
}
