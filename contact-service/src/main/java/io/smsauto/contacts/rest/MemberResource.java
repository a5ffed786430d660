package io.smsauto.contacts.rest;

import io.smallrye.mutiny.Uni;
import io.smsauto.contacts.service.MemberService;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * DESIGN.md §3: a list's members, one at a time, by page, or as CSV. Numbers in paths may be
 * URL-encoded ({@code %2B33612345678}) and may leave out the {@code +}.
 */
@Path("/api/v1/lists/{id}/members")
@Produces(MediaType.APPLICATION_JSON)
public class MemberResource {

    static final String CSV = "text/csv";

    private final MemberService members;

    public MemberResource(MemberService members) {
        this.members = members;
    }

    @GET
    public Uni<MemberViews.Page> page(@PathParam("id") UUID id, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        PageParams params = PageParams.of(page, size);
        return members.page(id, params.page(), params.size())
                .map(found -> new MemberViews.Page(found.page(), found.size(), found.total(),
                        found.members().stream().map(MemberViews.Member::of).toList()));
    }

    /** 201 when the number was added, 200 when it was already on the list. */
    @PUT
    @Path("{number}")
    public Uni<Response> add(@PathParam("id") UUID id, @PathParam("number") String number) {
        return members.add(id, NumberParam.e164(number))
                .map(added -> Response.status(added.added() ? Response.Status.CREATED : Response.Status.OK)
                        .entity(new MemberViews.Member(added.number(), added.addedAt())).build());
    }

    /** 404 when the number is not on the list. */
    @DELETE
    @Path("{number}")
    public Uni<Response> remove(@PathParam("id") UUID id, @PathParam("number") String number) {
        return members.remove(id, NumberParam.e164(number)).replaceWith(Response.noContent().build());
    }

    /** Adds the numbers of a CSV file (at most quarkus.http.limits.max-body-size, 413 beyond). */
    @POST
    @Path("import")
    @Consumes(CSV)
    public Uni<MemberViews.ImportReport> importCsv(@PathParam("id") UUID id, String body) {
        CsvNumbers.Parsed parsed = CsvNumbers.parse(body == null ? "" : body);
        return members.addAll(id, parsed.numbers().stream().map(CsvNumbers.Row::number).toList())
                .map(added -> MemberViews.ImportReport.of(parsed, added));
    }

    /** Every member, by number: a header row, then {@code number,added_at} rows. */
    @GET
    @Path("export")
    @Produces(CSV)
    public Uni<Response> export(@PathParam("id") UUID id) {
        return members.all(id)
                .map(all -> all.stream().map(m -> m.number + "," + m.addedAt + "\n")
                        .collect(Collectors.joining("", "number,added_at\n", "")))
                .map(csv -> Response.ok(csv, CSV)
                        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"list-" + id + ".csv\"")
                        .build());
    }
}
