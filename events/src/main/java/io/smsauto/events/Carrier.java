package io.smsauto.events;

/** The carriers whose webhooks bring inbound SMS. */
public enum Carrier {
    VONAGE, TWILIO, MESSAGEMEDIA
}
