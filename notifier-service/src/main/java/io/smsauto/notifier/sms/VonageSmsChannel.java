package io.smsauto.notifier.sms;

import com.vonage.client.HttpConfig;
import com.vonage.client.VonageClient;
import com.vonage.client.VonageClientException;
import com.vonage.client.VonageMethodFailedException;
import com.vonage.client.sms.MessageStatus;
import com.vonage.client.sms.SmsSubmissionResponseMessage;
import com.vonage.client.sms.messages.TextMessage;
import io.smsauto.notifier.Attempt;
import io.smsauto.notifier.config.VonageConfig;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.stream.Collectors;
import javax.net.ssl.SSLHandshakeException;
import org.apache.http.conn.ConnectTimeoutException;
import org.apache.http.conn.ConnectionPoolTimeoutException;

/**
 * Sends through Vonage's SMS API with the Vonage Java SDK; the event id travels as client-ref. Tells
 * a refusal (nothing sent: retryable or not) from a request that left without an answer (outcome
 * unknown), which must not be sent again.
 */
public class VonageSmsChannel implements SmsChannel {

    private final VonageClient client;

    public VonageSmsChannel(VonageConfig config, int connections) {
        this.client = VonageClient.builder()
                .apiKey(config.apiKey().orElseThrow())
                .apiSecret(config.apiSecret().orElseThrow())
                .httpConfig(HttpConfig.builder().baseUri(config.baseUrl()).build())
                .httpClient(VonageHttpClients.create(config.timeout(), connections))
                .build();
    }

    @Override
    public Attempt send(OutgoingSms sms) {
        TextMessage message = new TextMessage(withoutPlus(sms.from()), withoutPlus(sms.to()), sms.text(),
                !Gsm7.fits(sms.text()));
        message.setClientReference(sms.reference());
        try {
            return answer(client.getSmsClient().submitMessage(message).getMessages());
        } catch (VonageMethodFailedException e) {
            return failedRequest(e.getCause());
        } catch (VonageClientException e) {
            return new Attempt.Unknown("unreadable answer from Vonage: " + e.getMessage());
        }
    }

    /** One entry per segment; a refusal of some segments after others were taken cannot be retried. */
    private static Attempt answer(List<SmsSubmissionResponseMessage> segments) {
        if (segments == null || segments.isEmpty()) {
            return new Attempt.Unknown("Vonage answered without a message status");
        }
        List<SmsSubmissionResponseMessage> refused = segments.stream()
                .filter(segment -> segment.getStatus() != MessageStatus.OK)
                .toList();
        if (refused.isEmpty()) {
            String ids = segments.stream().map(SmsSubmissionResponseMessage::getId).collect(Collectors.joining(","));
            return new Attempt.Accepted(ids, segments.size() + (segments.size() == 1 ? " segment" : " segments"));
        }
        String reason = reason(refused.get(0));
        if (refused.size() < segments.size()) {
            return new Attempt.Rejected(refused.size() + " of " + segments.size() + " segments refused, "
                    + "the others sent: " + reason, false);
        }
        return new Attempt.Rejected(reason, refused.stream().allMatch(SmsSubmissionResponseMessage::isTemporaryError));
    }

    private static String reason(SmsSubmissionResponseMessage refused) {
        MessageStatus status = refused.getStatus();
        String code = status == null ? "?" : status.getMessageStatus() + " " + status.name();
        return "vonage status " + code + (refused.getErrorText() == null ? "" : ": " + refused.getErrorText());
    }

    /** Before the request reached Vonage nothing was sent; after it, anything may have happened. */
    private static Attempt failedRequest(Throwable cause) {
        if (cause instanceof VonageHttpStatusException status) {
            return new Attempt.Rejected("vonage answered " + status.getMessage(), status.retryable());
        }
        if (cause instanceof ConnectException || cause instanceof NoRouteToHostException
                || cause instanceof ConnectTimeoutException || cause instanceof ConnectionPoolTimeoutException
                || cause instanceof UnknownHostException || cause instanceof SSLHandshakeException) {
            return new Attempt.Rejected("cannot reach Vonage: " + cause, true);
        }
        return new Attempt.Unknown("no answer from Vonage: " + cause);
    }

    /** Vonage takes international numbers without the leading {@code +}. */
    private static String withoutPlus(String number) {
        return number.startsWith("+") ? number.substring(1) : number;
    }
}
