package io.smsauto.events;

/** Where one part of a concatenated SMS belongs: the carrier's reference, the part count and its number (1-based). */
public record Multipart(String reference, int total, int part) {
}
