package io.smsauto.dispatcher.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smsauto.dispatcher.config.DispatcherConfig;
import io.smsauto.events.ActionRequested;
import io.smsauto.events.ActionSpec;
import io.smsauto.events.KeyValue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a FORWARD_TO_URL action (its fields already rendered by the matcher) into the exact request
 * of DESIGN.md §3 and §6: params in the query string for GET and DELETE, as a JSON object body for
 * POST, PUT and PATCH (the inbound message as JSON when there are none); the action's headers, each
 * checked; {@code X-Smsauto-Event-Id} always and {@code X-Smsauto-Signature} when a secret is set.
 */
@ApplicationScoped
public class RequestPlanner {

    public static final String EVENT_ID_HEADER = "X-Smsauto-Event-Id";
    private static final String USER_AGENT = "smsauto-action-dispatcher/1";
    /** Headers the dispatcher sets itself, or that would change how the request is framed. */
    private static final Set<String> RESERVED = Set.of("host", "content-length", "transfer-encoding", "connection",
            "upgrade", "te", "trailer", "keep-alive", "proxy-connection", EVENT_ID_HEADER.toLowerCase(Locale.ROOT),
            RequestSigner.HEADER.toLowerCase(Locale.ROOT));

    private final ObjectMapper json;
    private final RequestSigner signer;

    @Inject
    public RequestPlanner(ObjectMapper json, DispatcherConfig config) {
        this(json, config.signingSecret());
    }

    public RequestPlanner(ObjectMapper json, Optional<String> signingSecret) {
        this.json = json;
        this.signer = signingSecret.map(RequestSigner::new).orElse(null);
    }

    /** @throws InvalidCallException when the action cannot be sent as it is */
    public OutboundRequest plan(ActionRequested request) {
        ActionSpec action = request.action();
        if (action == null || action.method() == null) {
            throw new InvalidCallException("invalid action: no HTTP method");
        }
        URI url = parse(action.url());
        boolean https = url.getScheme().equalsIgnoreCase("https");
        int port = url.getPort() != -1 ? url.getPort() : https ? 443 : 80;
        List<KeyValue> params = action.params() == null ? List.of() : action.params();
        String target = target(url, action.method().paramsInQuery() ? params : List.of());
        byte[] body = action.method().paramsInQuery() ? null : body(request, params);

        List<KeyValue> headers = new ArrayList<>();
        for (KeyValue header : action.headers() == null ? List.<KeyValue>of() : action.headers()) {
            headers.add(checked(header));
        }
        if (body != null && headers.stream().noneMatch(h -> h.key().equalsIgnoreCase("Content-Type"))) {
            headers.add(new KeyValue("Content-Type", "application/json"));
        }
        if (headers.stream().noneMatch(h -> h.key().equalsIgnoreCase("User-Agent"))) {
            headers.add(new KeyValue("User-Agent", USER_AGENT));
        }
        headers.add(new KeyValue(EVENT_ID_HEADER, request.eventId()));
        if (signer != null) {
            headers.add(new KeyValue(RequestSigner.HEADER, signer.sign(body == null ? new byte[0] : body)));
        }
        return new OutboundRequest(action.method(), https, host(url), port, target, List.copyOf(headers), body);
    }

    /** The lower-case host of {@code url} (an IPv6 literal without brackets), or null when it has none. */
    public static String hostOf(String url) {
        try {
            URI uri = new URI(url == null ? "" : url.strip());
            return uri.getHost() == null ? null : host(uri);
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static String host(URI url) {
        String host = url.getHost().toLowerCase(Locale.ROOT);
        return host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
    }

    private static URI parse(String url) {
        if (url == null || url.isBlank()) {
            throw new InvalidCallException("invalid url: none");
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new InvalidCallException("invalid url: " + e.getMessage());
        }
        String scheme = uri.getScheme();
        if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
            throw new InvalidCallException("invalid url: only http and https are called, not " + url);
        }
        if (uri.getHost() == null) {
            throw new InvalidCallException("invalid url: no host in " + url);
        }
        if (uri.getRawUserInfo() != null) {
            throw new InvalidCallException("invalid url: credentials in the url are not sent; use a header");
        }
        return uri;
    }

    private static String target(URI url, List<KeyValue> queryParams) {
        String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
        StringBuilder query = new StringBuilder(url.getRawQuery() == null ? "" : url.getRawQuery());
        for (KeyValue param : queryParams) {
            if (!query.isEmpty()) {
                query.append('&');
            }
            query.append(encode(param.key())).append('=').append(encode(param.value()));
        }
        return query.isEmpty() ? path : path + "?" + query;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }

    private byte[] body(ActionRequested request, List<KeyValue> params) {
        try {
            if (params.isEmpty()) {
                return json.writeValueAsBytes(request.message());
            }
            ObjectNode object = json.createObjectNode();
            params.forEach(param -> object.put(param.key(), param.value()));
            return json.writeValueAsBytes(object);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the body as JSON", e);
        }
    }

    private static KeyValue checked(KeyValue header) {
        String name = header.key();
        if (name == null || name.isEmpty() || !name.chars().allMatch(RequestPlanner::isTokenChar)) {
            throw new InvalidCallException("invalid header name " + printable(name));
        }
        if (RESERVED.contains(name.toLowerCase(Locale.ROOT))) {
            throw new InvalidCallException("invalid header " + name + ": set by the dispatcher");
        }
        String value = header.value() == null ? "" : header.value();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\r' || c == '\n') {
                throw new InvalidCallException("invalid header " + name + ": CR or LF in its value");
            }
            if ((c < 0x20 && c != '\t') || c == 0x7f || c > 0xff) {
                throw new InvalidCallException("invalid header " + name + ": control or non-Latin-1 character in its value");
            }
        }
        return new KeyValue(name, value);
    }

    /** RFC 9110 token characters. */
    private static boolean isTokenChar(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
    }

    private static String printable(String name) {
        return name == null ? "(none)" : "'" + name.replace("\r", "\\r").replace("\n", "\\n") + "'";
    }
}
