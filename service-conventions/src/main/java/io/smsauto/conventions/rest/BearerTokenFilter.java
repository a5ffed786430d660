package io.smsauto.conventions.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Every {@code /api/**} request must carry {@code Authorization: Bearer <api.token>}; health, metrics
 * and the web pages stay open. The token is compared in constant time.
 */
public class BearerTokenFilter {

    private static final String PREFIX = "Bearer ";

    private final Optional<String> token;

    public BearerTokenFilter(@ConfigProperty(name = "api.token") Optional<String> token) {
        this.token = token;
    }

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> authenticate(ContainerRequestContext request) {
        String path = request.getUriInfo().getRequestUri().getPath();
        if (!path.startsWith("/api/")) {
            return Optional.empty();
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (token.isPresent() && header != null && header.startsWith(PREFIX) && matches(header.substring(PREFIX.length()))) {
            return Optional.empty();
        }
        Response response = Problem.of(Response.Status.UNAUTHORIZED, "A valid bearer token is required.").toResponse();
        return Optional.of(Response.fromResponse(response).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build());
    }

    private boolean matches(String presented) {
        return MessageDigest.isEqual(presented.trim().getBytes(StandardCharsets.UTF_8),
                token.orElseThrow().getBytes(StandardCharsets.UTF_8));
    }
}
