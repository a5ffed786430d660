package io.smsauto.gateway.webhook;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One carrier webhook: its path, what answers a GET, and what answers a POST of each content type the
 * carrier uses. A POST without a content type, or with a wildcard one, goes to the first that fits. A
 * HEAD is refused (405): a carrier's GET stores its message, and a HEAD must change nothing, so it cannot
 * be answered as that GET would be.
 */
public record Webhook(String path, Optional<WebhookHandler> get, List<Body> posts) {

    /** A POST body of one media type ({@code type/subtype}, lower case) and what handles it. */
    public record Body(String mediaType, WebhookHandler handler) {
    }

    public static Webhook post(String path, Body... posts) {
        return new Webhook(path, Optional.empty(), List.of(posts));
    }

    public static Webhook getAndPost(String path, WebhookHandler get, Body... posts) {
        return new Webhook(path, Optional.of(get), List.of(posts));
    }

    /** The handler of a POST with this {@code Content-Type} header, if the webhook reads that type. */
    public Optional<WebhookHandler> post(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return Optional.of(posts.get(0).handler());
        }
        int parameters = contentType.indexOf(';');
        String essence = (parameters < 0 ? contentType : contentType.substring(0, parameters)).strip().toLowerCase(Locale.ROOT);
        int slash = essence.indexOf('/');
        if (slash <= 0 || slash == essence.length() - 1) {
            return Optional.empty();
        }
        String type = essence.substring(0, slash);
        String subtype = essence.substring(slash + 1);
        return posts.stream().filter(body -> fits(type, subtype, body.mediaType())).findFirst().map(Body::handler);
    }

    /** The {@code Allow} header of an OPTIONS or a 405 answer. */
    public String allow() {
        return get.isPresent() ? "GET, POST, OPTIONS" : "POST, OPTIONS";
    }

    private static boolean fits(String type, String subtype, String mediaType) {
        int slash = mediaType.indexOf('/');
        return ("*".equals(type) || mediaType.substring(0, slash).equals(type))
                && ("*".equals(subtype) || mediaType.substring(slash + 1).equals(subtype));
    }
}
