package io.smsauto.gateway.vonage;

import io.smallrye.mutiny.Uni;
import io.smsauto.events.InboundSms;
import io.smsauto.gateway.messaging.InboundSmsPublisher;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** Vonage SMS API inbound webhook: GET with a query string, POST with a form or a JSON body. */
@Path("/webhooks/vonage/inbound")
public class VonageWebhookResource {

    private final InboundSmsPublisher publisher;

    public VonageWebhookResource(InboundSmsPublisher publisher) {
        this.publisher = publisher;
    }

    @GET
    public Uni<Response> query(UriInfo uri) {
        return accept(single(uri.getQueryParameters()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> form(MultivaluedMap<String, String> form, UriInfo uri) {
        Map<String, String> params = single(uri.getQueryParameters());
        params.putAll(single(form));
        return accept(params);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> json(Map<String, Object> body) {
        Map<String, String> params = new HashMap<>();
        if (body != null) {
            body.forEach((key, value) -> {
                if (value != null) {
                    params.put(key, String.valueOf(value));
                }
            });
        }
        return accept(params);
    }

    private Uni<Response> accept(Map<String, String> params) {
        InboundSms sms = VonageInbound.toEvent(params, Instant.now());
        return publisher.publish(sms).replaceWith(Response.ok().build());
    }

    private static Map<String, String> single(MultivaluedMap<String, String> values) {
        Map<String, String> params = new HashMap<>();
        values.forEach((key, list) -> {
            if (!list.isEmpty()) {
                params.put(key, list.get(0));
            }
        });
        return params;
    }
}
