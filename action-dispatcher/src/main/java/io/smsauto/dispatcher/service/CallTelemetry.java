package io.smsauto.dispatcher.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.quarkus.runtime.Startup;
import io.smsauto.dispatcher.Call;
import io.smsauto.dispatcher.client.OutboundRequest;
import io.smsauto.dispatcher.service.AttemptOutcome.Verdict;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Locale;

/**
 * One HTTP attempt as an operator sees it: a client span, and {@code smsauto_http_calls_seconds{outcome}}
 * (count and duration of the attempts by verdict: succeeded, retryable, permanent). The span starts a
 * trace of its own: the call is made from the database, after the Kafka record's context is gone; its
 * {@code smsauto.event_id} attribute ties it to the action event.
 */
@Startup // so that its series exist from the start, not from the first use
@ApplicationScoped
public class CallTelemetry {

    public static final String CALLS = "smsauto.http.calls";
    public static final String SPAN = "forward-to-url call";

    private final Tracer tracer;
    private final MeterRegistry registry;

    public CallTelemetry(Tracer tracer, MeterRegistry registry) {
        this.tracer = tracer;
        this.registry = registry;
        for (Verdict verdict : Verdict.values()) {
            timer(verdict);
        }
    }

    Span start(Call call, OutboundRequest request) {
        return tracer.spanBuilder(SPAN)
                .setSpanKind(SpanKind.CLIENT)
                .setAttribute("smsauto.event_id", call.eventId())
                .setAttribute("http.request.method", request.method().name())
                .setAttribute("server.address", request.host())
                .setAttribute("server.port", (long) request.port())
                .startSpan();
    }

    void end(Span span, AttemptOutcome outcome) {
        if (outcome.httpStatus() != null) {
            span.setAttribute("http.response.status_code", (long) outcome.httpStatus());
        }
        if (outcome.verdict() != Verdict.SUCCEEDED) {
            span.setStatus(StatusCode.ERROR, outcome.verdict().name());
        }
        span.end();
        timer(outcome.verdict()).record(Duration.ofMillis(outcome.callMillis() == null ? 0 : outcome.callMillis()));
    }

    private Timer timer(Verdict verdict) {
        return Timer.builder(CALLS)
                .description("Forward-to-URL HTTP attempts by outcome, and how long they took")
                .tag("outcome", verdict.name().toLowerCase(Locale.ROOT))
                .register(registry);
    }
}
