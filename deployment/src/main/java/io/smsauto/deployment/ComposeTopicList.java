package io.smsauto.deployment;

import io.smsauto.events.Topics.TopicSpec;
import java.nio.file.Path;
import java.util.List;

/**
 * The topics docker-compose's one-shot {@code kafka-topics} service creates: one line per topic,
 * {@code <name> <partitions> <cleanup.policy>}, read by {@code docker/create-topics.sh}.
 */
public final class ComposeTopicList {

    public static final Path PATH = Path.of("docker/kafka-topics.txt");

    private ComposeTopicList() {
    }

    public static GeneratedFile generate(List<TopicSpec> topics) {
        StringBuilder text = new StringBuilder(GeneratedFile.header("#"))
                .append("# <topic> <partitions> <cleanup.policy>\n");
        for (TopicSpec topic : topics) {
            text.append(topic.name()).append(' ').append(topic.partitions()).append(' ')
                    .append(topic.cleanup().policy()).append('\n');
        }
        return new GeneratedFile(PATH, text.toString());
    }
}
