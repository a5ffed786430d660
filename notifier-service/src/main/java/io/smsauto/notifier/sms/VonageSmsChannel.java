package io.smsauto.notifier.sms;

import com.vonage.client.HttpConfig;
import com.vonage.client.VonageClient;
import com.vonage.client.sms.MessageStatus;
import com.vonage.client.sms.SmsSubmissionResponse;
import com.vonage.client.sms.SmsSubmissionResponseMessage;
import com.vonage.client.sms.messages.TextMessage;
import io.smsauto.notifier.config.VonageConfig;
import java.util.List;
import java.util.stream.Collectors;

/** Sends through Vonage's SMS API with the Vonage Java SDK; the event id travels as client-ref. */
public class VonageSmsChannel implements SmsChannel {

    private final VonageClient client;

    public VonageSmsChannel(VonageConfig config) {
        this.client = VonageClient.builder()
                .apiKey(config.apiKey().orElseThrow())
                .apiSecret(config.apiSecret().orElseThrow())
                .httpConfig(HttpConfig.builder()
                        .baseUri(config.baseUrl())
                        .timeoutMillis((int) config.timeout().toMillis())
                        .build())
                .build();
    }

    @Override
    public SmsOutcome send(OutgoingSms sms) {
        TextMessage message = new TextMessage(withoutPlus(sms.from()), withoutPlus(sms.to()), sms.text(),
                !Gsm7.fits(sms.text()));
        message.setClientReference(sms.reference());
        SmsSubmissionResponse response = client.getSmsClient().submitMessage(message);
        List<SmsSubmissionResponseMessage> parts = response.getMessages();
        return parts.stream()
                .filter(part -> part.getStatus() != MessageStatus.OK)
                .findFirst()
                .map(failed -> SmsOutcome.failed("vonage status " + failed.getStatus() + ": " + failed.getErrorText()))
                .orElseGet(() -> SmsOutcome.sent(
                        parts.stream().map(SmsSubmissionResponseMessage::getId).collect(Collectors.joining(",")),
                        parts.size()));
    }

    /** Vonage takes international numbers without the leading {@code +}. */
    private static String withoutPlus(String number) {
        return number.startsWith("+") ? number.substring(1) : number;
    }
}
