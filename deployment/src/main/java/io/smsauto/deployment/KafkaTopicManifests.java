package io.smsauto.deployment;

import io.smsauto.events.Topics.TopicSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A Strimzi {@code KafkaTopic} for every topic: the partitions and cleanup policy of the code, three
 * replicas of which two must acknowledge a write (overlays for a one-broker cluster lower both).
 */
public final class KafkaTopicManifests {

    public static final Path PATH = Path.of("k8s/base/topics/kafka-topics.yaml");
    /** Name of the Strimzi {@code Kafka} cluster the topics belong to. */
    public static final String CLUSTER = "smsauto";
    public static final int REPLICAS = 3;
    public static final int MIN_IN_SYNC_REPLICAS = 2;

    private KafkaTopicManifests() {
    }

    public static GeneratedFile generate(List<TopicSpec> topics) {
        StringBuilder yaml = new StringBuilder(GeneratedFile.header("#"));
        for (TopicSpec topic : topics) {
            yaml.append("---\n")
                    .append("apiVersion: kafka.strimzi.io/v1\n")
                    .append("kind: KafkaTopic\n")
                    .append("metadata:\n")
                    .append("  name: ").append(resourceName(topic.name())).append('\n')
                    .append("  labels:\n")
                    .append("    strimzi.io/cluster: ").append(CLUSTER).append('\n')
                    .append("spec:\n")
                    .append("  topicName: ").append(topic.name()).append('\n')
                    .append("  partitions: ").append(topic.partitions()).append('\n')
                    .append("  replicas: ").append(REPLICAS).append('\n')
                    .append("  config:\n")
                    .append("    cleanup.policy: ").append(topic.cleanup().policy()).append('\n')
                    .append("    min.insync.replicas: ").append(MIN_IN_SYNC_REPLICAS).append('\n');
        }
        return new GeneratedFile(PATH, yaml.toString());
    }

    /**
     * A Kubernetes name for a topic: topic names may hold {@code _} and capitals (delayed-retry
     * topics do), resource names may not; {@code spec.topicName} keeps the real name.
     */
    public static String resourceName(String topic) {
        return topic.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.-]", "-");
    }
}
