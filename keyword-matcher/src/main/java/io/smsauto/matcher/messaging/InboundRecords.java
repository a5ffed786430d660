package io.smsauto.matcher.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.smsauto.events.InboundSms;
import java.io.IOException;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Reads {@code sms.inbound} records, refusing those the matcher cannot act on. */
final class InboundRecords {

    private final ObjectReader json;

    InboundRecords(ObjectMapper json) {
        this.json = json.readerFor(InboundSms.class);
    }

    /** @throws UnreadableRecord naming what is wrong */
    InboundSms read(ConsumerRecord<String, byte[]> record) {
        if (record.value() == null) {
            throw new UnreadableRecord("no value");
        }
        InboundSms sms;
        try {
            sms = json.readValue(record.value());
        } catch (IOException e) {
            String why = e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
            throw new UnreadableRecord("not an " + InboundSms.TYPE + " body: " + why);
        }
        if (sms == null) {
            throw new UnreadableRecord("null body");
        }
        require(sms.carrier(), "carrier");
        require(sms.carrierMessageId(), "carrierMessageId");
        require(sms.from(), "from");
        require(sms.text(), "text");
        return sms;
    }

    private static void require(Object value, String field) {
        if (value == null) {
            throw new UnreadableRecord(field + " is missing");
        }
    }

    static final class UnreadableRecord extends RuntimeException {
        UnreadableRecord(String reason) {
            super(reason, null, false, false);
        }
    }
}
