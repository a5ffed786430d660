package io.smsauto.matcher.messaging;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.smsauto.conventions.tracing.TraceHeaders;
import java.util.List;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Continues the trace of an {@code sms.inbound} record: its handling is a span whose parent is the
 * record's {@code traceparent}, and every record it writes carries that span on.
 */
final class RecordTracing {

    private final Tracer tracer;

    RecordTracing(Tracer tracer) {
        this.tracer = tracer;
    }

    List<ProducerRecord<String, byte[]>> handle(ConsumerRecord<String, byte[]> record,
            Supplier<List<ProducerRecord<String, byte[]>>> handling) {
        Span span = tracer.spanBuilder(record.topic() + " process")
                .setParent(TraceHeaders.extract(record.headers()))
                .setSpanKind(SpanKind.CONSUMER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.destination.name", record.topic())
                .setAttribute("messaging.kafka.message.offset", record.offset())
                .startSpan();
        try (Scope ignored = span.makeCurrent()) {
            List<ProducerRecord<String, byte[]>> output = handling.get();
            output.forEach(written -> TraceHeaders.inject(Context.current(), written.headers()));
            return output;
        } finally {
            span.end();
        }
    }
}
