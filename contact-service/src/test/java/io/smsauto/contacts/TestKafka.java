package io.smsauto.contacts;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import io.smsauto.events.ActionRequested;
import io.smsauto.events.ActionResult;
import io.smsauto.events.OptOutStatus;
import io.smsauto.events.Topics;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The broker as a test sees it ({@code @RegisterExtension}): sends action events, reads
 * {@code actions.results} and {@code contacts.opt-outs} from their beginning.
 */
final class TestKafka implements BeforeEachCallback, AfterEachCallback {

    static final Duration TIMEOUT = Duration.ofSeconds(30);

    private KafkaCompanion kafka;
    private ConsumerTask<String, String> results;
    private ConsumerTask<String, String> optOuts;

    @Override
    public void beforeEach(ExtensionContext context) {
        kafka = new KafkaCompanion(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
        results = kafka.consumeStrings().fromTopics(Topics.ACTIONS_RESULTS);
        optOuts = kafka.consumeStrings().fromTopics(Topics.CONTACTS_OPT_OUTS);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        results.stop();
        optOuts.stop();
        kafka.close();
    }

    KafkaCompanion companion() {
        return kafka;
    }

    /** Each event on its type's topic, keyed by the contact, in this order. */
    void send(ActionRequested... events) {
        kafka.produceStrings().fromRecords(Arrays.stream(events)
                .map(e -> new ProducerRecord<>(e.action().type().topic(), e.contact(), ActionEvents.json(e)))
                .toList()).awaitCompletion();
    }

    void sendRaw(String topic, String key, String value) {
        kafka.produceStrings().fromRecords(new ProducerRecord<>(topic, key, value)).awaitCompletion();
    }

    /** Every result published for {@code eventId}, oldest first. */
    List<ConsumerRecord<String, String>> resultRecords(String eventId) {
        return results.getRecords().stream().filter(r -> read(r.value(), ActionResult.class).eventId().equals(eventId))
                .toList();
    }

    List<ActionResult> results(String eventId) {
        return resultRecords(eventId).stream().map(r -> read(r.value(), ActionResult.class)).toList();
    }

    /** The first result of {@code request}, once there is one. */
    ActionResult awaitResult(ActionRequested request) {
        await().atMost(TIMEOUT).until(() -> !results(request.eventId()).isEmpty());
        return results(request.eventId()).get(0);
    }

    /** Every status published for {@code number}, oldest first. */
    List<OptOutStatus> optOuts(String number) {
        return optOuts.getRecords().stream().filter(r -> number.equals(r.key()))
                .map(r -> read(r.value(), OptOutStatus.class)).toList();
    }

    private static <T> T read(String json, Class<T> type) {
        try {
            return ActionEvents.JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
