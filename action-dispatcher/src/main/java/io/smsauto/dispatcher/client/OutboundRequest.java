package io.smsauto.dispatcher.client;

import io.smsauto.events.HttpMethod;
import io.smsauto.events.KeyValue;
import java.util.List;

/**
 * One HTTP call, ready to send: where to, and the exact headers and body bytes.
 *
 * @param host   lower-case host name or IP literal (without brackets) of the url
 * @param target path and query string as sent on the request line
 * @param body   null when the call has no body
 */
public record OutboundRequest(HttpMethod method, boolean https, String host, int port, String target,
        List<KeyValue> headers, byte[] body) {

    public String url() {
        String hostPart = host.contains(":") ? "[" + host + "]" : host;
        return (https ? "https://" : "http://") + hostPart + ":" + port + target;
    }
}
