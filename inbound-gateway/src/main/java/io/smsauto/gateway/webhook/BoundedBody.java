package io.smsauto.gateway.webhook;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import java.util.function.Consumer;

/**
 * Reads a request body of at most {@code limit} bytes. Quarkus answers 413 itself when a declared
 * {@code Content-Length} is over {@code quarkus.http.limits.max-body-size}; a chunked body is only
 * known to be too long while it arrives, and is then answered the same way: 413, connection closed.
 */
final class BoundedBody implements Handler<Buffer> {

    private final HttpServerRequest request;
    private final long limit;
    private final Buffer body = Buffer.buffer();
    private boolean tooLarge;

    private BoundedBody(HttpServerRequest request, long limit) {
        this.request = request;
        this.limit = limit;
    }

    /** Calls {@code then} with the whole body, unless it is too large (then answered 413 here). */
    static void read(HttpServerRequest request, long limit, Consumer<byte[]> then) {
        BoundedBody reader = new BoundedBody(request, limit);
        request.handler(reader);
        request.endHandler(ended -> {
            if (!reader.tooLarge) {
                then.accept(reader.body.getBytes());
            }
        });
    }

    @Override
    public void handle(Buffer chunk) {
        if (tooLarge) {
            return;
        }
        if (body.length() + (long) chunk.length() > limit) {
            tooLarge = true;
            HttpServerResponse response = request.response();
            response.putHeader(HttpHeaders.CONNECTION, HttpHeaders.CLOSE).setStatusCode(413)
                    .endHandler(sent -> request.connection().close());
            response.end();
        } else {
            body.appendBuffer(chunk);
        }
    }
}
