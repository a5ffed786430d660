package io.smsauto.admin.rest;

/** An SMS typed on the web UI's sandbox phone: from the contact's number to a receiving number. */
public record SandboxInboundRequest(String from, String to, String text) {
}
