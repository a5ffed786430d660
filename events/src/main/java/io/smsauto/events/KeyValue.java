package io.smsauto.events;

/** One header or parameter of a FORWARD_TO_URL action; the value may be a template. */
public record KeyValue(String key, String value) {
}
