package io.smsauto.admin.client;

/** Another service of the system could not be reached or did not answer in time: the API answers 503. */
public class DownstreamUnavailableException extends RuntimeException {

    private final String service;

    public DownstreamUnavailableException(String service, Throwable cause) {
        super(service + " cannot be reached", cause);
        this.service = service;
    }

    public String service() {
        return service;
    }
}
