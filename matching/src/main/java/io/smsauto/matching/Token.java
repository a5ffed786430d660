package io.smsauto.matching;

/**
 * One word or symbol of a message, normalised, with where it starts in the original text (so
 * that the text after a keyword can be given back as the sender wrote it).
 */
record Token(String text, int start) {
}
