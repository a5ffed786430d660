package io.smsauto.gateway.webhook;

/** A bean that serves one carrier webhook; {@link WebhookRoutes} puts each on the HTTP router. */
public interface CarrierWebhook {

    Webhook webhook();
}
