package io.smsauto.notifier.mail;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.smallrye.mutiny.Uni;
import io.smsauto.notifier.Attempt;
import io.vertx.ext.mail.SMTPException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

/**
 * Sends through quarkus-mailer (multipart/alternative: text and HTML). A permanent SMTP refusal (5xx)
 * fails the send; a temporary one (4xx), a connection problem or no answer within the timeout may be
 * retried, as SMTP clients do. The reactive mailer has no timeout of its own: a conversation that
 * stalls would otherwise hold its action event for good.
 */
public class SmtpEmailChannel implements EmailChannel {

    static final String EVENT_ID_HEADER = "X-Smsauto-Event-Id";

    private final ReactiveMailer mailer;
    private final Duration timeout;

    public SmtpEmailChannel(ReactiveMailer mailer, Duration timeout) {
        this.mailer = mailer;
        this.timeout = timeout;
    }

    @Override
    public Uni<Attempt> send(OutgoingEmail email) {
        Mail mail = Mail.withText(email.to(), email.subject(), email.text())
                .setHtml(email.html())
                .addHeader(EVENT_ID_HEADER, email.reference());
        return mailer.send(mail)
                .ifNoItem().after(timeout).fail()
                .<Attempt>replaceWith(new Attempt.Accepted(null, "sent"))
                .onFailure().recoverWithItem(this::refused);
    }

    private Attempt refused(Throwable error) {
        if (error instanceof SMTPException smtp) {
            return new Attempt.Rejected("smtp " + smtp.getReplyCode() + ": " + smtp.getReplyMessage(), !smtp.isPermanent());
        }
        if (error instanceof TimeoutException) {
            return new Attempt.Rejected("smtp: no answer within " + timeout.toSeconds() + " s", true);
        }
        return new Attempt.Rejected("smtp: " + error, true);
    }
}
