package io.smsauto.events;

/** How a trigger keyword must appear in a message, from the most to the least specific. */
public enum MatchMode {
    /** The whole message is the keyword or phrase. */
    EXACT,
    /** The message begins with it, followed by a word boundary. */
    FIRST_WORD,
    /** It appears anywhere as whole words. */
    CONTAINS
}
