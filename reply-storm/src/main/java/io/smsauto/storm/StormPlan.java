package io.smsauto.storm;

/**
 * The messages of one storm, derived from their index alone: in every block of ten, six fire the
 * reply automation, two are STOP, one fires the forward-to-URL automation and one matches nothing.
 * Every message has its own sender and carrier message id, so each effect is countable.
 */
record StormPlan(int messages, String runId) {

    static final String BUSINESS_NUMBER = "447700900000";
    static final String REPLY_KEYWORD = "OFFER";
    static final String URL_KEYWORD = "CALLBACK";
    private static final String SENDER_PREFIX = "+4478";

    StormPlan {
        if (messages < 1 || messages > 99_999_999) {
            throw new IllegalArgumentException("messages must be 1..99,999,999: " + messages);
        }
    }

    Kind kind(int index) {
        int slot = index % 10;
        if (slot < 6) {
            return Kind.REPLY;
        }
        return slot < 8 ? Kind.STOP : slot == 8 ? Kind.URL : Kind.NOTHING;
    }

    /** E.164, unique per index. */
    String sender(int index) {
        return SENDER_PREFIX + String.format("%08d", index);
    }

    /** The index of a storm sender, or -1 for any other number. */
    int index(String number) {
        if (number == null || !number.startsWith(SENDER_PREFIX) || number.length() != SENDER_PREFIX.length() + 8) {
            return -1;
        }
        try {
            int index = Integer.parseInt(number.substring(SENDER_PREFIX.length()));
            return index < messages ? index : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    String messageId(int index) {
        return "storm-" + runId + "-" + index;
    }

    String text(int index) {
        return switch (kind(index)) {
            case REPLY -> REPLY_KEYWORD + " please " + index;
            case STOP -> "Stop";
            case URL -> URL_KEYWORD + " me " + index;
            case NOTHING -> "just saying hello " + index;
        };
    }

    int count(Kind kind) {
        int count = 0;
        for (int i = 0; i < messages; i++) {
            if (kind(i) == kind) {
                count++;
            }
        }
        return count;
    }
}
