package io.smsauto.notifier.mail;

import io.smallrye.mutiny.Uni;
import io.smsauto.notifier.Attempt;

/** Where email goes: an SMTP server, or the log when none is configured. Never fails: a refusal is an {@link Attempt}. */
public interface EmailChannel {

    Uni<Attempt> send(OutgoingEmail email);
}
