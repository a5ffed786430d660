package io.smsauto.events;

import java.util.List;
import java.util.stream.Stream;

/** Every Kafka topic of the system, with its cleanup policy and partition count (DESIGN.md §5). */
public final class Topics {

    public static final String SMS_INBOUND = "sms.inbound";
    public static final String SMS_DELIVERY_RECEIPTS = "sms.delivery-receipts";
    public static final String AUTOMATIONS_CHANGELOG = "automations.changelog";
    public static final String AUTOMATIONS_TRIGGERED = "automations.triggered";
    public static final String ACTIONS_ADD_TO_GROUP = "actions.add-to-group";
    public static final String ACTIONS_REMOVE_FROM_GROUP = "actions.remove-from-group";
    public static final String ACTIONS_SEND_REPLY = "actions.send-reply";
    public static final String ACTIONS_FORWARD_TO_MOBILE = "actions.forward-to-mobile";
    public static final String ACTIONS_FORWARD_TO_EMAIL = "actions.forward-to-email";
    public static final String ACTIONS_UNSUBSCRIBE = "actions.unsubscribe";
    public static final String ACTIONS_FORWARD_TO_URL = "actions.forward-to-url";
    public static final String ACTIONS_OPT_IN = "actions.opt-in";
    public static final String ACTIONS_RESULTS = "actions.results";
    public static final String CONTACTS_OPT_OUTS = "contacts.opt-outs";
    /**
     * keyword-matcher's own memory (carrier messages already handled, multipart parts waiting for
     * the rest), written in the same Kafka transactions as its events. Not a public interface; its
     * partition {@code p} belongs to partition {@code p} of {@link #SMS_INBOUND}, so both keep the
     * same partition count.
     */
    public static final String MATCHER_STATE = "keyword-matcher.state";

    /** Suffix of the dead-letter topic that every consumed topic has. */
    public static final String DEAD_LETTER_SUFFIX = ".dlq";

    /** Enough partitions for several replicas of every consumer group. */
    public static final int PARTITIONS = 6;

    public enum Cleanup {
        DELETE, COMPACT;

        public String policy() {
            return name().toLowerCase();
        }
    }

    public record TopicSpec(String name, Cleanup cleanup, int partitions) {
    }

    private static final List<TopicSpec> MAIN = List.of(
            spec(SMS_INBOUND, Cleanup.DELETE),
            spec(SMS_DELIVERY_RECEIPTS, Cleanup.DELETE),
            spec(AUTOMATIONS_CHANGELOG, Cleanup.COMPACT),
            spec(AUTOMATIONS_TRIGGERED, Cleanup.DELETE),
            spec(ACTIONS_ADD_TO_GROUP, Cleanup.DELETE),
            spec(ACTIONS_REMOVE_FROM_GROUP, Cleanup.DELETE),
            spec(ACTIONS_SEND_REPLY, Cleanup.DELETE),
            spec(ACTIONS_FORWARD_TO_MOBILE, Cleanup.DELETE),
            spec(ACTIONS_FORWARD_TO_EMAIL, Cleanup.DELETE),
            spec(ACTIONS_UNSUBSCRIBE, Cleanup.DELETE),
            spec(ACTIONS_FORWARD_TO_URL, Cleanup.DELETE),
            spec(ACTIONS_OPT_IN, Cleanup.DELETE),
            spec(ACTIONS_RESULTS, Cleanup.DELETE),
            spec(CONTACTS_OPT_OUTS, Cleanup.COMPACT));

    /** Topics that one service keeps for itself: nobody else reads them, so they have no dead-letter topic. */
    private static final List<TopicSpec> INTERNAL = List.of(
            spec(MATCHER_STATE, Cleanup.COMPACT));

    /** Every topic: the main ones, the dead-letter topic of each, then the internal ones. */
    public static final List<TopicSpec> ALL = Stream.of(MAIN.stream(),
            MAIN.stream().map(t -> spec(deadLetter(t.name()), Cleanup.DELETE)), INTERNAL.stream())
            .flatMap(s -> s).toList();

    private Topics() {
    }

    public static String deadLetter(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }

    private static TopicSpec spec(String name, Cleanup cleanup) {
        return new TopicSpec(name, cleanup, PARTITIONS);
    }
}
