package io.smsauto.conventions.tracing;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.quarkus.arc.lookup.LookupIfProperty;
import jakarta.inject.Singleton;
import java.util.Collection;

/**
 * Where spans go while no collector is configured. Quarkus's OTLP exporter steps aside whenever a
 * {@link SpanExporter} bean exists; without this one it would send to its default endpoint,
 * {@value #DEFAULT_ENDPOINT}, and log a failure every few seconds wherever no collector listens (bin/run,
 * tests). Setting {@code QUARKUS_OTEL_EXPORTER_OTLP_TRACES_ENDPOINT} to any other value removes this
 * bean and turns the OTLP export on. Spans are still made, so trace ids travel in Kafka headers.
 */
@Singleton
@LookupIfProperty(name = "quarkus.otel.exporter.otlp.traces.endpoint", stringValue = DroppedSpans.DEFAULT_ENDPOINT,
        lookupIfMissing = true)
public class DroppedSpans implements SpanExporter {

    static final String DEFAULT_ENDPOINT = "http://localhost:4317/";

    @Override
    public CompletableResultCode export(Collection<SpanData> spans) {
        return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode flush() {
        return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode shutdown() {
        return CompletableResultCode.ofSuccess();
    }
}
