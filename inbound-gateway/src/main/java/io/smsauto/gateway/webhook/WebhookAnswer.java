package io.smsauto.gateway.webhook;

/** The 200 a webhook gives once what it carried is stored: empty, or a body of the carrier's own format. */
public record WebhookAnswer(String contentType, String body) {

    public static final WebhookAnswer EMPTY = new WebhookAnswer(null, null);
}
