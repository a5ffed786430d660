package io.smsauto.events;

/** The keywords that are answered by the system itself, before any automation. */
public enum BuiltinKeyword {
    OPT_OUT, OPT_IN, HELP
}
