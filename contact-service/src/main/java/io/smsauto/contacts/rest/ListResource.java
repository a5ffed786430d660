package io.smsauto.contacts.rest;

import io.smallrye.mutiny.Uni;
import io.smsauto.contacts.ListSummary;
import io.smsauto.contacts.service.ListService;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;

/** DESIGN.md §3: contact lists with their member counts. A list id that is not a UUID is an unknown list (404). */
@Path("/api/v1/lists")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ListResource {

    private final ListService lists;

    public ListResource(ListService lists) {
        this.lists = lists;
    }

    @POST
    public Uni<Response> create(ListRequest request) {
        return lists.create(ListRequest.validName(request))
                .map(created -> Response.created(URI.create("/api/v1/lists/" + created.id())).entity(created).build());
    }

    @GET
    public Uni<List<ListSummary>> all() {
        return lists.all();
    }

    @GET
    @Path("{id}")
    public Uni<ListSummary> get(@PathParam("id") UUID id) {
        return lists.get(id);
    }

    @PUT
    @Path("{id}")
    public Uni<ListSummary> rename(@PathParam("id") UUID id, ListRequest request) {
        return lists.rename(id, ListRequest.validName(request));
    }

    @DELETE
    @Path("{id}")
    public Uni<Response> delete(@PathParam("id") UUID id) {
        return lists.delete(id).replaceWith(Response.noContent().build());
    }
}
