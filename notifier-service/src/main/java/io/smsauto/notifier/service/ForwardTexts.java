package io.smsauto.notifier.service;

import io.smsauto.events.ActionRequested;
import io.smsauto.events.InboundSms;
import io.smsauto.matching.TemplateContext;
import io.smsauto.matching.Templates;
import io.smsauto.notifier.config.NotifierConfig;
import io.smsauto.notifier.mail.OutgoingEmail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * What a forward says: the SMS to a mobile ({@code notifier.forward.sms-format}) and the email
 * (subject {@code notifier.forward.email-subject}; a plain text and an HTML body naming the sender,
 * the receiving number, the time, the automation and the text). The forwarded text is the action's
 * rendered message, or the inbound text when the action has none.
 */
@ApplicationScoped
public class ForwardTexts {

    private final String smsFormat;
    private final String emailSubject;

    @Inject
    public ForwardTexts(NotifierConfig config) {
        this(config.forward().smsFormat(), config.forward().emailSubject());
    }

    ForwardTexts(String smsFormat, String emailSubject) {
        this.smsFormat = checked("notifier.forward.sms-format", smsFormat);
        this.emailSubject = checked("notifier.forward.email-subject", emailSubject);
    }

    public String sms(ActionRequested request) {
        return Templates.render(smsFormat, context(request));
    }

    public OutgoingEmail email(ActionRequested request, String address) {
        InboundSms sms = request.message();
        String automation = request.automation() == null ? "-" : request.automation().name();
        String received = sms.receivedAt() == null ? "-" : DateTimeFormatter.ISO_INSTANT.format(sms.receivedAt());
        String text = forwardedText(request);
        List<Field> fields = List.of(new Field("From", sms.from()), new Field("To", sms.to()),
                new Field("Received", received), new Field("Automation", automation));
        StringBuilder plain = new StringBuilder("An SMS was forwarded to you by smsauto.\n\n");
        StringBuilder html = new StringBuilder("<p>An SMS was forwarded to you by smsauto.</p>\n<table>\n");
        for (Field field : fields) {
            plain.append(String.format("%-11s %s%n", field.name() + ":", field.value()));
            html.append("<tr><th align=\"left\">").append(field.name()).append("</th><td>")
                    .append(escape(field.value())).append("</td></tr>\n");
        }
        plain.append('\n').append(text).append('\n');
        html.append("</table>\n<blockquote style=\"white-space: pre-wrap\">").append(escape(text))
                .append("</blockquote>\n");
        return new OutgoingEmail(request.eventId(), address, Templates.render(emailSubject, context(request)),
                plain.toString(), html.toString());
    }

    private record Field(String name, String value) {
    }

    private static TemplateContext context(ActionRequested request) {
        InboundSms sms = request.message();
        InboundSms forwarded = new InboundSms(sms.id(), sms.carrier(), sms.carrierMessageId(), sms.from(), sms.to(),
                forwardedText(request), sms.receivedAt(), sms.multipart());
        return new TemplateContext(forwarded, null, null, request.automation() == null ? null : request.automation().name());
    }

    private static String forwardedText(ActionRequested request) {
        String message = request.action().message();
        return message == null || message.isEmpty() ? request.message().text() : message;
    }

    private static String checked(String setting, String template) {
        List<String> unknown = Templates.unknownPlaceholders(template);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(setting + " has unknown placeholders " + unknown
                    + "; known: " + Templates.PLACEHOLDERS);
        }
        return template;
    }

    private static String escape(String value) {
        StringBuilder escaped = new StringBuilder(value.length());
        value.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.appendCodePoint(c);
            }
        });
        return escaped.toString();
    }
}
