package io.smsauto.dispatcher.client;

/** The target resolves only to addresses the dispatcher may not call: it fails at once, without retry. */
public class BlockedTargetException extends RuntimeException {

    public BlockedTargetException(String message) {
        super(message);
    }
}
