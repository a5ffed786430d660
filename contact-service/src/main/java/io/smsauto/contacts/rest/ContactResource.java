package io.smsauto.contacts.rest;

import io.smallrye.mutiny.Uni;
import io.smsauto.contacts.ListRef;
import io.smsauto.contacts.service.ContactService;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;

/** DESIGN.md §3: one contact's opt-out status and lists; an unknown number is a 404. */
@Path("/api/v1/contacts/{number}")
@Produces(MediaType.APPLICATION_JSON)
public class ContactResource {

    private final ContactService contacts;

    public ContactResource(ContactService contacts) {
        this.contacts = contacts;
    }

    /** {@code optedOutAt} is null while the contact is subscribed. */
    public record ContactView(String number, boolean optedOut, Instant optedOutAt, List<ListRef> lists) {

        static ContactView of(ContactService.ContactDetails details) {
            return new ContactView(details.status().number(), details.status().optedOut(),
                    details.status().optedOutAt(), details.lists());
        }
    }

    @GET
    public Uni<ContactView> get(@PathParam("number") String number) {
        return contacts.get(NumberParam.e164(number)).map(ContactView::of);
    }

    /** Subscribes the contact again; nothing changes if it is not opted out. */
    @POST
    @Path("opt-in")
    public Uni<ContactView> optIn(@PathParam("number") String number) {
        return contacts.optIn(NumberParam.e164(number)).map(ContactView::of);
    }
}
