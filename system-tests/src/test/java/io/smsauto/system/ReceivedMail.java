package io.smsauto.system;

import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/** The email that reached GreenMail, the SMTP server the notifier is pointed at. */
final class ReceivedMail {

    private final GreenMail mail;

    ReceivedMail(RunningSystem running) {
        this.mail = running.mail;
    }

    /** Waits until {@code count} mails whose plain text mentions {@code text} have arrived, and returns them. */
    List<MimeMessage> awaitMails(String text, int count) {
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
                .until(() -> mentioning(text), mails -> mails.size() >= count);
    }

    List<MimeMessage> mentioning(String text) {
        return Arrays.stream(mail.getReceivedMessages()).filter(m -> plainText(m).contains(text)).toList();
    }

    static String recipient(MimeMessage message) {
        try {
            return ((InternetAddress) message.getRecipients(Message.RecipientType.TO)[0]).getAddress();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sender(MimeMessage message) {
        try {
            return ((InternetAddress) message.getFrom()[0]).getAddress();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text/plain part of a mail. */
    static String plainText(Part part) {
        try {
            if (part.isMimeType("text/plain")) {
                return part.getContent().toString();
            }
            if (part.getContent() instanceof Multipart multipart) {
                StringBuilder text = new StringBuilder();
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart body = multipart.getBodyPart(i);
                    text.append(plainText(body));
                }
                return text.toString();
            }
            return "";
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
