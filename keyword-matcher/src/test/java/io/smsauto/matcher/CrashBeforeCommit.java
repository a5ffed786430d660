package io.smsauto.matcher;

import io.smsauto.matcher.messaging.InboundSettings;
import io.smsauto.matcher.messaging.KafkaClients;
import java.time.Duration;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * A producer whose process dies at the worst moment: every record of its first transaction is in
 * the log, and then, instead of committing, it is gone — it neither commits nor aborts.
 */
final class CrashBeforeCommit extends KafkaProducer<String, byte[]> {

    static final class SimulatedCrash extends RuntimeException {
        SimulatedCrash() {
            super("simulated crash between writing a transaction and committing it");
        }
    }

    CrashBeforeCommit(InboundSettings settings) {
        super(KafkaClients.producerConfig(settings), new StringSerializer(), new ByteArraySerializer());
    }

    @Override
    public void commitTransaction() {
        flush();
        throw new SimulatedCrash();
    }

    /** A dead process closes nothing cleanly: no abort on the way out. */
    @Override
    public void close(Duration timeout) {
        super.close(Duration.ZERO);
    }
}
