package io.smsauto.notifier.mail;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.smsauto.notifier.Attempt;

/** With no SMTP host configured: the email is logged, not sent (its body at DEBUG: it holds a customer's message). */
public class LoggedEmailChannel implements EmailChannel {

    static final String LOGGED = "logged: no SMTP host configured, not sent";

    @Override
    public Uni<Attempt> send(OutgoingEmail email) {
        Log.infof("Email for event %s to %s not sent (no SMTP host configured): %s", email.reference(), email.to(),
                email.subject());
        Log.debugf("Email for event %s:%n%s", email.reference(), email.text());
        return Uni.createFrom().item(new Attempt.Accepted(null, LOGGED));
    }
}
