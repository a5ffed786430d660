package io.smsauto.admin.messaging;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.common.annotation.Identifier;
import io.smsauto.events.Topics;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;

/**
 * {@code smsauto_dlq_records{topic}}: how many records each dead-letter topic holds (end minus beginning
 * offsets over its partitions). Counted every {@code dlq.refresh-interval} with a Kafka admin client, not
 * at each scrape; while the broker cannot be asked the gauges are NaN, so a stale figure never looks current.
 */
@Startup // so that its series exist from the start, not from the first use
@ApplicationScoped
public class DeadLetterGauges {

    public static final String NAME = "smsauto.dlq.records";
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final List<String> topics = Topics.ALL.stream().map(Topics.TopicSpec::name)
            .filter(name -> name.endsWith(Topics.DEAD_LETTER_SUFFIX)).toList();
    private final Map<String, Long> sizes = new ConcurrentHashMap<>();
    private final Admin admin;

    public DeadLetterGauges(@Identifier("default-kafka-broker") Map<String, Object> kafka, MeterRegistry registry) {
        Map<String, Object> config = new HashMap<>(kafka);
        config.keySet().retainAll(AdminClientConfig.configNames());
        this.admin = Admin.create(config);
        for (String topic : topics) {
            Gauge.builder(NAME, sizes, known -> known.containsKey(topic) ? known.get(topic) : Double.NaN)
                    .description("Records in the dead-letter topic: to look at, then replay or drop")
                    .tag("topic", topic)
                    .register(registry);
        }
    }

    @Scheduled(every = "${dlq.refresh-interval}", delayed = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() throws InterruptedException {
        try {
            Map<TopicPartition, OffsetSpec> earliest = new HashMap<>();
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            for (TopicDescription topic : admin.describeTopics(topics).allTopicNames()
                    .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).values()) {
                topic.partitions().forEach(partition -> {
                    TopicPartition key = new TopicPartition(topic.name(), partition.partition());
                    earliest.put(key, OffsetSpec.earliest());
                    latest.put(key, OffsetSpec.latest());
                });
            }
            Map<TopicPartition, ListOffsetsResultInfo> begin = offsets(earliest);
            Map<TopicPartition, ListOffsetsResultInfo> end = offsets(latest);
            sizes.putAll(end.entrySet().stream().collect(Collectors.groupingBy(e -> e.getKey().topic(),
                    Collectors.summingLong(e -> e.getValue().offset() - begin.get(e.getKey()).offset()))));
        } catch (ExecutionException | TimeoutException e) {
            sizes.clear();
            Log.debugf("Dead-letter topic sizes unknown for now: %s", e.toString());
        }
    }

    private Map<TopicPartition, ListOffsetsResultInfo> offsets(Map<TopicPartition, OffsetSpec> specs)
            throws ExecutionException, InterruptedException, TimeoutException {
        return admin.listOffsets(specs).all().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void close() {
        admin.close(TIMEOUT);
    }
}
