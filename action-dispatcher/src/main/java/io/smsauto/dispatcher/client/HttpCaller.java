package io.smsauto.dispatcher.client;

import io.smsauto.dispatcher.config.DispatcherConfig;
import io.smsauto.events.KeyValue;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeoutException;

/**
 * Sends one {@link OutboundRequest} to one checked address with Vert.x core's non-blocking HTTP
 * client: redirects are not followed, the whole exchange (connect, send, answer, body) must end
 * within the timeout, and at most {@code max-response-bytes} of the body are read.
 */
@ApplicationScoped
public class HttpCaller {

    private static final int EXCERPT_CHARS = 300;

    private final Vertx vertx;
    private final HttpClient client;
    private final long timeoutMillis;
    private final int maxResponseBytes;

    public HttpCaller(CallEventLoops loops, DispatcherConfig config) {
        this.vertx = loops.vertx();
        this.timeoutMillis = config.timeout().toMillis();
        this.maxResponseBytes = config.maxResponseBytes();
        this.client = vertx.createHttpClient(new HttpClientOptions()
                // a connection pool per target address: as many connections as calls one host may have in flight
                .setMaxPoolSize(config.perHostConcurrency())
                .setKeepAlive(true)
                .setConnectTimeout((int) timeoutMillis)
                .setVerifyHost(true)
                .setMaxRedirects(0));
    }

    /** Completes with the answer, whatever its status; fails on connect errors, resets and timeouts. */
    public Future<HttpReply> call(OutboundRequest request, InetAddress address) {
        Promise<HttpReply> reply = Promise.promise();
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.valueOf(request.method().name()))
                .setSsl(request.https())
                .setHost(request.host())
                .setPort(request.port())
                .setServer(SocketAddress.inetSocketAddress(new InetSocketAddress(address, request.port())))
                .setURI(request.target())
                .setFollowRedirects(false)
                .setConnectTimeout(timeoutMillis);
        for (KeyValue header : request.headers()) {
            options.addHeader(header.key(), header.value());
        }
        long timer = vertx.setTimer(timeoutMillis, id -> reply.tryFail(
                new TimeoutException("timeout: no complete answer within " + timeoutMillis + " ms")));
        client.request(options)
                .onSuccess(sent -> {
                    reply.future().onFailure(e -> sent.reset(0, e));
                    Future<HttpClientResponse> response = request.body() == null ? sent.send()
                            : sent.send(Buffer.buffer(request.body()));
                    response.onSuccess(r -> read(r, sent, reply)).onFailure(reply::tryFail);
                })
                .onFailure(reply::tryFail);
        return reply.future().onComplete(done -> vertx.cancelTimer(timer));
    }

    private void read(HttpClientResponse response, HttpClientRequest request, Promise<HttpReply> reply) {
        Buffer body = Buffer.buffer();
        String retryAfter = response.getHeader("Retry-After");
        response.exceptionHandler(reply::tryFail);
        response.handler(chunk -> {
            int room = maxResponseBytes - body.length();
            if (chunk.length() <= room) {
                body.appendBuffer(chunk);
                return;
            }
            body.appendBuffer(chunk, 0, room);
            reply.tryComplete(new HttpReply(response.statusCode(), retryAfter, excerpt(body)));
            // the rest is not read: the connection is closed instead of being drained
            request.reset();
        });
        response.endHandler(end -> reply.tryComplete(new HttpReply(response.statusCode(), retryAfter, excerpt(body))));
    }

    private static String excerpt(Buffer body) {
        String text = body.getString(0, Math.min(body.length(), EXCERPT_CHARS * 4), StandardCharsets.UTF_8.name());
        return text.length() > EXCERPT_CHARS ? text.substring(0, EXCERPT_CHARS) : text;
    }

    @PreDestroy
    void close() {
        client.close();
    }
}
