package io.smsauto.matcher.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.junit.jupiter.api.Test;

class KafkaClientsTest {

    private static final InboundSettings SETTINGS = new InboundSettings("localhost:9092", "in", "state", "dlq", "group",
            "matcher-host-0", Duration.ofSeconds(10), "none", 500, Duration.ofHours(48), Duration.ofSeconds(60),
            Duration.ofSeconds(10));

    @Test
    void aDeadMemberLosesItsPartitionsAfterTheSessionTimeoutWithHeartbeatsAThirdOfItApart() {
        Map<String, Object> config = KafkaClients.consumerConfig(SETTINGS);

        assertEquals(10_000, config.get(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG));
        assertEquals(3_333, config.get(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG));
    }

    @Test
    void membersAreNotStaticSoThatTwoReplicasWithTheSameHostNameDoNotFenceEachOther() {
        assertFalse(KafkaClients.consumerConfig(SETTINGS).containsKey(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG));
    }
}
