package io.smsauto.conventions.tracing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Context;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

class TraceHeadersTest {

    private static final SpanContext SPAN = SpanContext.create("0af7651916cd43dd8448eb211c80319c", "b7ad6b7169203331",
            TraceFlags.getSampled(), TraceState.getDefault());

    @Test
    void theSpanIsWrittenAsATraceparentHeader() {
        RecordHeaders headers = new RecordHeaders();

        TraceHeaders.inject(Context.root().with(Span.wrap(SPAN)), headers);

        assertEquals("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01",
                new String(headers.lastHeader("traceparent").value(), StandardCharsets.UTF_8));
    }

    @Test
    void aReceivedTraceparentIsTheParentOfWhatFollows() {
        RecordHeaders headers = new RecordHeaders();
        TraceHeaders.inject(Context.root().with(Span.wrap(SPAN)), headers);

        SpanContext parent = Span.fromContext(TraceHeaders.extract(headers)).getSpanContext();

        assertEquals(SPAN.getTraceId(), parent.getTraceId());
        assertEquals(SPAN.getSpanId(), parent.getSpanId());
    }

    @Test
    void aSecondInjectionReplacesTheFirstHeader() {
        RecordHeaders headers = new RecordHeaders();
        headers.add("traceparent", "00-11111111111111111111111111111111-2222222222222222-01".getBytes(StandardCharsets.UTF_8));

        TraceHeaders.inject(Context.root().with(Span.wrap(SPAN)), headers);

        assertEquals(1, headers.toArray().length);
    }

    @Test
    void aRecordWithoutTraceparentStartsANewTrace() {
        assertFalse(Span.fromContext(TraceHeaders.extract(new RecordHeaders())).getSpanContext().isValid());
    }
}
