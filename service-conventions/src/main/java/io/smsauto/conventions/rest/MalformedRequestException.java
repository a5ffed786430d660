package io.smsauto.conventions.rest;

/** A request that cannot be read: a required field is missing or unparseable. Answered 400, naming the field. */
public class MalformedRequestException extends RuntimeException {

    private final String field;

    public MalformedRequestException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
