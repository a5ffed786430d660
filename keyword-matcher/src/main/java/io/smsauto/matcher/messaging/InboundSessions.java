package io.smsauto.matcher.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smsauto.events.Topics;
import io.smsauto.matcher.config.MatcherConfig;
import io.smsauto.matcher.service.ReactionPlanner;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.producer.Producer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Opens {@link InboundSession}s: the service's own on {@code sms.inbound}, or one on other topics. */
@ApplicationScoped
public class InboundSessions {

    private final ReactionPlanner planner;
    private final ObjectMapper json;
    private final InboundSettings settings;

    public InboundSessions(ReactionPlanner planner, ObjectMapper json, MatcherConfig config,
            @ConfigProperty(name = "quarkus.application.name") String groupId,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.planner = planner;
        this.json = json;
        this.settings = new InboundSettings(bootstrapServers, Topics.SMS_INBOUND, Topics.MATCHER_STATE,
                Topics.deadLetter(Topics.SMS_INBOUND), groupId, config.transactionalId(), config.transactionTimeout(),
                config.compression(), config.maxPollRecords(), config.dedupeWindow(), config.multipartTimeout(),
                config.sessionTimeout());
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
                new DeadLetters(json, settings.deadLetterTopic()));
        MemoryRestorer restorer = new MemoryRestorer(settings, memory, () -> KafkaClients.restoreConsumer(settings));
        return new InboundSession(settings, KafkaClients.consumer(settings), producer, restorer, handler);
    }
}
