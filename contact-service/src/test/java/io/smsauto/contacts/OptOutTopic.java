package io.smsauto.contacts;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import io.smsauto.events.OptOutStatus;
import io.smsauto.events.Topics;
import java.util.List;

/** What {@code contacts.opt-outs} says about numbers, read from its beginning. */
final class OptOutTopic implements AutoCloseable {

    private final ConsumerTask<String, String> records;

    OptOutTopic(KafkaCompanion kafka) {
        records = kafka.consumeStrings().fromTopics(Topics.CONTACTS_OPT_OUTS);
    }

    /** Every status published for {@code number}, oldest first. */
    List<OptOutStatus> statuses(String number) {
        return records.getRecords().stream().filter(r -> number.equals(r.key())).map(r -> read(r.value())).toList();
    }

    @Override
    public void close() {
        records.stop();
    }

    private static OptOutStatus read(String json) {
        try {
            return ActionEvents.JSON.readValue(json, OptOutStatus.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
