package io.smsauto.notifier.rest;

import io.smsauto.conventions.rest.InvalidRequestException;
import io.smsauto.events.PhoneNumbers;
import io.smsauto.notifier.SandboxMessage;
import io.smsauto.notifier.repository.SandboxRepository;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;

/**
 * DESIGN.md §6: the SMS recorded instead of sent (no Vonage credentials), newest first, for the UI's
 * phone. {@code number} keeps those from or to one number; {@code limit} is 1..500, 50 by default.
 */
@Path("/api/v1/sandbox/messages")
@Produces(MediaType.APPLICATION_JSON)
public class SandboxResource {

    private static final int DEFAULT_LIMIT = 50;
    private static final int MAX_LIMIT = 500;

    private final SandboxRepository sandbox;

    public SandboxResource(SandboxRepository sandbox) {
        this.sandbox = sandbox;
    }

    @GET
    public List<SandboxMessage> list(@QueryParam("number") String number, @QueryParam("limit") String limit) {
        return sandbox.recent(number(number), limit(limit));
    }

    private static Optional<String> number(String number) {
        if (number == null || number.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(PhoneNumbers.toE164(number).orElseThrow(
                () -> new InvalidRequestException("number", "must be an international phone number, e.g. +33612345678")));
    }

    private static int limit(String limit) {
        if (limit == null || limit.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int value = Integer.parseInt(limit.strip());
            if (value >= 1 && value <= MAX_LIMIT) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below like any other value out of range
        }
        throw new InvalidRequestException("limit", "must be a whole number from 1 to " + MAX_LIMIT);
    }
}
