package io.smsauto.admin.client;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.smsauto.conventions.rest.Problem;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.core.http.HttpClient;
import io.vertx.mutiny.core.http.HttpClientResponse;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A call to another service of the system on behalf of the web UI, which talks to this service only:
 * the request goes on with our own bearer token (the caller's was checked here), and the answer comes
 * back as it was given, status, body and the headers a client needs, except a 401 (502 here: the
 * caller's token was good, ours was not). A service that cannot be reached or does not answer in time is
 * a {@link DownstreamUnavailableException}.
 */
@ApplicationScoped
public class PassThrough {

    /** The answer headers passed back; hop-by-hop and server headers are not. */
    private static final List<String> ANSWER_HEADERS = List.of(HttpHeaders.CONTENT_TYPE, "Content-Disposition",
            HttpHeaders.LOCATION, HttpHeaders.RETRY_AFTER, HttpHeaders.ETAG);

    private final HttpClient http;
    private final Optional<String> token;
    private final Duration timeout;

    public PassThrough(Vertx vertx, @ConfigProperty(name = "api.token") Optional<String> token,
            @ConfigProperty(name = "passthrough.connect-timeout") Duration connectTimeout,
            @ConfigProperty(name = "passthrough.timeout") Duration timeout) {
        this.http = vertx.createHttpClient(new HttpClientOptions().setConnectTimeout((int) connectTimeout.toMillis()));
        this.token = token;
        this.timeout = timeout;
    }

    /**
     * @param target         the service, by name (for the 503 problem) and base URL
     * @param pathAndQuery   raw path and query, as the caller sent them
     * @param requestHeaders the headers to send besides Authorization (Content-Type, Accept, …)
     * @param body           null for none
     */
    public Uni<Response> send(Downstream target, HttpMethod method, String pathAndQuery,
            Map<String, String> requestHeaders, Buffer body) {
        RequestOptions options = new RequestOptions()
                .setMethod(method)
                .setAbsoluteURI(target.baseUrl() + pathAndQuery)
                .setIdleTimeout(timeout.toMillis());
        return http.request(options)
                .chain(request -> {
                    requestHeaders.forEach(request::putHeader);
                    request.putHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token.orElse(""));
                    return body == null ? request.send() : request.send(body);
                })
                .chain(answer -> answer.body().map(content -> toResponse(target, answer, content)))
                .ifNoItem().after(timeout).fail()
                .onFailure().transform(e -> {
                    Log.warnf("%s did not answer %s %s: %s", target.name(), method, pathAndQuery, e.toString());
                    return new DownstreamUnavailableException(target.name(), e);
                });
    }

    private static Response toResponse(Downstream target, HttpClientResponse answer, Buffer content) {
        if (answer.statusCode() == Response.Status.UNAUTHORIZED.getStatusCode()) {
            // the caller's token was accepted here: a 401 from behind us is our configuration, not theirs
            Log.errorf("%s refused this service's credentials: API_TOKEN (or VONAGE_SIGNATURE_SECRET for the gateway)"
                    + " differs between the services", target.name());
            return Problem.of(Response.Status.BAD_GATEWAY, target.name() + " refused this service's credentials; "
                    + "the services are not configured with the same secrets.").toResponse();
        }
        Response.ResponseBuilder response = Response.status(answer.statusCode());
        if (content.length() > 0) {
            response.entity(content.getBytes());
        }
        for (String header : ANSWER_HEADERS) {
            String value = answer.getHeader(header);
            if (value != null) {
                response.header(header, value);
            }
        }
        return response.build();
    }

    @PreDestroy
    void close() {
        http.closeAndAwait();
    }
}
