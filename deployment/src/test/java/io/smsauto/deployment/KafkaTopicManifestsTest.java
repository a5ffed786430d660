package io.smsauto.deployment;

import static io.smsauto.deployment.YamlTree.string;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smsauto.events.Topics;
import io.smsauto.events.Topics.Cleanup;
import io.smsauto.events.Topics.TopicSpec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KafkaTopicManifestsTest {

    private static final String DNS_SUBDOMAIN = "[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*";

    @Test
    void everyTopicBecomesAKafkaTopicWithItsPartitionsAndCleanupPolicy() {
        List<Map<String, Object>> resources = YamlTree.loadAll(KafkaTopicManifests.generate(Topics.ALL).content());

        assertEquals(Topics.ALL.size(), resources.size());
        for (int i = 0; i < resources.size(); i++) {
            TopicSpec topic = Topics.ALL.get(i);
            Map<String, Object> resource = resources.get(i);
            assertEquals("KafkaTopic", resource.get("kind"));
            assertEquals(topic.name(), string(resource, "spec", "topicName"));
            assertEquals(String.valueOf(topic.partitions()), string(resource, "spec", "partitions"));
            assertEquals(topic.cleanup().policy(), YamlTree.map(resource, "spec", "config").get("cleanup.policy"));
            assertEquals(KafkaTopicManifests.CLUSTER, string(resource, "metadata", "labels", "strimzi.io/cluster"));
        }
    }

    @Test
    void aTopicNameThatIsNoKubernetesNameGetsOneAndKeepsItsOwnAsTopicName() {
        TopicSpec retry = new TopicSpec("actions.forward-to-url_retry_10000", Cleanup.DELETE, 6);

        Map<String, Object> resource = YamlTree.loadAll(KafkaTopicManifests.generate(List.of(retry)).content()).get(0);

        assertEquals("actions.forward-to-url-retry-10000", string(resource, "metadata", "name"));
        assertEquals("actions.forward-to-url_retry_10000", string(resource, "spec", "topicName"));
    }

    @Test
    void everyResourceNameIsAValidKubernetesName() {
        for (TopicSpec topic : Topics.ALL) {
            String name = KafkaTopicManifests.resourceName(topic.name());
            assertTrue(name.matches(DNS_SUBDOMAIN) && name.length() <= 253, name);
        }
        assertTrue(KafkaTopicManifests.resourceName("Mixed_Case.Topic").matches(DNS_SUBDOMAIN));
    }
}
