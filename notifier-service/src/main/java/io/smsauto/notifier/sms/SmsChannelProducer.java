package io.smsauto.notifier.sms;

import io.quarkus.logging.Log;
import io.smsauto.notifier.config.NotifierConfig;
import io.smsauto.notifier.config.VonageConfig;
import io.smsauto.notifier.repository.SandboxRepository;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Vonage when credentials are configured, the sandbox otherwise. */
public class SmsChannelProducer {

    @Produces
    @Singleton
    SmsChannel smsChannel(VonageConfig vonage, NotifierConfig notifier, SandboxRepository sandbox) {
        if (vonage.hasCredentials()) {
            Log.infof("SMS are sent through Vonage at %s, at most %s per second", vonage.baseUrl(),
                    vonage.maxRate() > 0 ? vonage.maxRate() : "unlimited");
            return new VonageSmsChannel(vonage, notifier.concurrency());
        }
        Log.info("No Vonage credentials: SMS are recorded in the sandbox, not sent");
        return new SandboxSmsChannel(sandbox);
    }
}
