package io.smsauto.gateway.bench;

import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;

/**
 * How many records a topic holds, for bench/run.sh: {@code TopicRecordCount <bootstrap> <topic>}
 * prints the sum over its partitions of the latest minus the earliest offset (nothing is deleted
 * or compacted during a run).
 */
public final class TopicRecordCount {

    private TopicRecordCount() {
    }

    public static void main(String[] args) throws Exception {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, args[0]);
        try (Admin admin = Admin.create(config)) {
            var partitions = admin.describeTopics(java.util.List.of(args[1])).allTopicNames().get(30, TimeUnit.SECONDS)
                    .get(args[1]).partitions().stream()
                    .map(p -> new TopicPartition(args[1], p.partition()))
                    .toList();
            long latest = sum(admin, partitions.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest())));
            long earliest = sum(admin, partitions.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.earliest())));
            System.out.println(latest - earliest);
        }
    }

    private static long sum(Admin admin, Map<TopicPartition, OffsetSpec> specs) throws Exception {
        return admin.listOffsets(specs).all().get(30, TimeUnit.SECONDS).values().stream()
                .mapToLong(ListOffsetsResultInfo::offset).sum();
    }
}
