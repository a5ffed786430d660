package io.smsauto.matcher.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.opentelemetry.api.trace.Tracer;
import io.smsauto.events.Topics;
import io.smsauto.matcher.config.MatcherConfig;
import io.smsauto.matcher.service.MatchCounter;
import io.smsauto.matcher.service.ReactionPlanner;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.producer.Producer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Opens {@link InboundSession}s: the service's own on {@code sms.inbound}, or one on other topics. */
@ApplicationScoped
public class InboundSessions {

    private static final Duration METRICS_REFRESH_INTERVAL = Duration.ofSeconds(10);

    private final ReactionPlanner planner;
    private final MatchCounter matches;
    private final RecordTracing tracing;
    private final MeterRegistry registry;
    private final ObjectMapper json;
    private final InboundSettings settings;
    private final ScheduledExecutorService metricsRefresh = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "kafka-client-metrics");
        thread.setDaemon(true);
        return thread;
    });

    public InboundSessions(ReactionPlanner planner, MatchCounter matches, Tracer tracer, MeterRegistry registry,
            ObjectMapper json, MatcherConfig config,
            @ConfigProperty(name = "quarkus.application.name") String groupId,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.planner = planner;
        this.matches = matches;
        this.tracing = new RecordTracing(tracer);
        this.registry = registry;
        this.json = json;
        this.settings = new InboundSettings(bootstrapServers, Topics.SMS_INBOUND, Topics.MATCHER_STATE,
                Topics.deadLetter(Topics.SMS_INBOUND), groupId, config.transactionalId(), config.transactionTimeout(),
                config.compression(), config.maxPollRecords(), config.dedupeWindow(), config.multipartTimeout(),
                config.sessionTimeout());
    }

    @PreDestroy
    void stopMetricsRefresh() {
        metricsRefresh.shutdownNow();
    }

    /** The session of consumer {@code slot} of this replica: its transactional id ends with {@code -slot}. */
    InboundSession open(int slot) {
        InboundSettings own = settings.withTransactionalId(settings.transactionalId() + "-" + slot);
        return open(own, KafkaClients.producer(own));
    }

    /** A session with {@code settings}, writing through {@code producer} (configured by {@link KafkaClients#producerConfig}). */
    public InboundSession open(InboundSettings settings, Producer<String, byte[]> producer) {
        MemoryRecords memory = new MemoryRecords(json, settings.stateTopic());
        InboundHandler handler = new InboundHandler(new InboundRecords(json), planner, new EventRecords(json), memory,
                new DeadLetters(json, settings.deadLetterTopic()), matches, tracing);
        MemoryRestorer restorer = new MemoryRestorer(settings, memory, () -> KafkaClients.restoreConsumer(settings));
        Consumer<String, byte[]> consumer = KafkaClients.consumer(settings);
        // the consumer's lag and fetch metrics at /q/metrics (kafka_consumer_fetch_manager_*), while it lives;
        // the per-partition ones exist once partitions are assigned, so they are looked for every 10 s (not 60)
        KafkaClientMetrics consumerMetrics = new KafkaClientMetrics(consumer, List.of(), metricsRefresh,
                METRICS_REFRESH_INTERVAL);
        consumerMetrics.bindTo(registry);
        return new InboundSession(settings, consumer, producer, restorer, handler, consumerMetrics);
    }
}
