package io.smsauto.notifier.mail;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.smallrye.mutiny.Uni;
import io.smsauto.notifier.Attempt;
import io.vertx.ext.mail.SMTPException;

/**
 * Sends through quarkus-mailer (multipart/alternative: text and HTML). A permanent SMTP refusal (5xx)
 * fails the send; a temporary one (4xx) or a connection problem may be retried, as SMTP clients do.
 */
public class SmtpEmailChannel implements EmailChannel {

    static final String EVENT_ID_HEADER = "X-Smsauto-Event-Id";

    private final ReactiveMailer mailer;

    public SmtpEmailChannel(ReactiveMailer mailer) {
        this.mailer = mailer;
    }

    @Override
    public Uni<Attempt> send(OutgoingEmail email) {
        Mail mail = Mail.withText(email.to(), email.subject(), email.text())
                .setHtml(email.html())
                .addHeader(EVENT_ID_HEADER, email.reference());
        return mailer.send(mail)
                .<Attempt>replaceWith(new Attempt.Accepted(null, "sent"))
                .onFailure().recoverWithItem(SmtpEmailChannel::refused);
    }

    private static Attempt refused(Throwable error) {
        if (error instanceof SMTPException smtp) {
            return new Attempt.Rejected("smtp " + smtp.getReplyCode() + ": " + smtp.getReplyMessage(), !smtp.isPermanent());
        }
        return new Attempt.Rejected("smtp: " + error, true);
    }
}
