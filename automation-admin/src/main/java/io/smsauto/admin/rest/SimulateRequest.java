package io.smsauto.admin.rest;

/** A message to try: what would happen if {@code from} sent {@code text} to {@code to}. */
public record SimulateRequest(String from, String to, String text) {
}
