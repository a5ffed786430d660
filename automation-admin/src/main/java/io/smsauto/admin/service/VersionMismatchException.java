package io.smsauto.admin.service;

/** The request's If-Match names a version of the automation that is no longer the current one: a 412. */
public class VersionMismatchException extends RuntimeException {

    public VersionMismatchException(long expected, long current) {
        super("The automation is at version " + current + ", not " + expected + ": it was changed since it was read.");
    }
}
