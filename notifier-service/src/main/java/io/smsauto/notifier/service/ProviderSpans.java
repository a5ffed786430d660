package io.smsauto.notifier.service;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.smsauto.notifier.Attempt;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * A client span around one call to the SMS provider, child of the action event's trace. The call runs
 * on a send thread after pacing and the send log's claim, so the event's context is handed over
 * explicitly rather than found on the thread.
 */
@ApplicationScoped
public class ProviderSpans {

    public static final String SMS_SEND = "sms provider send";
    /** The action event a call belongs to (its id, also Vonage's client-ref). */
    public static final AttributeKey<String> EVENT_ID = AttributeKey.stringKey("smsauto.event_id");

    private final Tracer tracer;

    public ProviderSpans(Tracer tracer) {
        this.tracer = tracer;
    }

    Attempt smsCall(Context event, String eventId, Supplier<Attempt> call) {
        Span span = tracer.spanBuilder(SMS_SEND)
                .setParent(event)
                .setSpanKind(SpanKind.CLIENT)
                .setAttribute(EVENT_ID, eventId)
                .startSpan();
        try (Scope ignored = span.makeCurrent()) {
            Attempt attempt = call.get();
            span.setAttribute("smsauto.attempt", attempt.getClass().getSimpleName().toLowerCase(Locale.ROOT));
            if (!(attempt instanceof Attempt.Accepted)) {
                span.setStatus(StatusCode.ERROR);
            }
            return attempt;
        } catch (RuntimeException e) {
            span.recordException(e);
            span.setStatus(StatusCode.ERROR);
            throw e;
        } finally {
            span.end();
        }
    }
}
