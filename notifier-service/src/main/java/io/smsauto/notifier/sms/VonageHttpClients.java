package io.smsauto.notifier.sms;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.http.HttpResponseInterceptor;
import org.apache.http.client.HttpClient;
import org.apache.http.client.config.RequestConfig;
import org.apache.http.impl.client.HttpClientBuilder;
import org.apache.http.impl.conn.PoolingHttpClientConnectionManager;

/**
 * The HTTP client the Vonage SDK sends with: the SDK's own settings (a pool, one timeout for connect
 * and answer) plus an HTTP error status turned into a {@link VonageHttpStatusException}, so that a 5xx
 * is told apart from an answer the SDK could not read.
 */
final class VonageHttpClients {

    private VonageHttpClients() {
    }

    static HttpClient create(Duration timeout, int connections) {
        PoolingHttpClientConnectionManager pool = new PoolingHttpClientConnectionManager();
        pool.setMaxTotal(connections);
        pool.setDefaultMaxPerRoute(connections);
        int millis = (int) timeout.toMillis();
        RequestConfig requests = RequestConfig.custom()
                .setConnectTimeout(millis)
                .setConnectionRequestTimeout(millis)
                .setSocketTimeout(millis)
                .build();
        HttpResponseInterceptor errorStatus = (response, context) -> {
            int status = response.getStatusLine().getStatusCode();
            if (status >= 400) {
                throw new VonageHttpStatusException(status, response.getStatusLine().getReasonPhrase());
            }
        };
        // the default retry handler stays: it repeats a request only when it was not sent
        return HttpClientBuilder.create()
                .setConnectionManager(pool)
                .setDefaultRequestConfig(requests)
                .addInterceptorLast(errorStatus)
                .evictIdleConnections(30, TimeUnit.SECONDS)
                .disableRedirectHandling()
                .useSystemProperties()
                .build();
    }
}
