package io.smsauto.dispatcher.client;

/**
 * What a target answered.
 *
 * @param retryAfter  the {@code Retry-After} header, or null
 * @param bodyExcerpt the beginning of the body, for the error of a failed call
 */
public record HttpReply(int status, String retryAfter, String bodyExcerpt) {
}
