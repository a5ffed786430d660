package io.smsauto.matcher.messaging;

import java.time.Duration;

/**
 * Where and how an {@link InboundSession} reads and writes. The service runs on {@code sms.inbound};
 * tests run sessions of their own on topics of their own.
 *
 * @param stateTopic      partitioned like {@code inputTopic}: its partition {@code p} is the memory of {@code p}
 * @param deadLetterTopic where records that cannot be read go
 * @param compression     the producer's {@code compression.type}
 * @param sessionTimeout  how long the group waits for a silent member before giving its partitions to the others
 */
public record InboundSettings(
        String bootstrapServers,
        String inputTopic,
        String stateTopic,
        String deadLetterTopic,
        String groupId,
        String transactionalId,
        Duration transactionTimeout,
        String compression,
        int maxPollRecords,
        Duration dedupeWindow,
        Duration multipartTimeout,
        Duration sessionTimeout) {

    public InboundSettings withTransactionalId(String id) {
        return new InboundSettings(bootstrapServers, inputTopic, stateTopic, deadLetterTopic, groupId, id,
                transactionTimeout, compression, maxPollRecords, dedupeWindow, multipartTimeout, sessionTimeout);
    }
}
