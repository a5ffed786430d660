package io.smsauto.notifier.sms;

import io.quarkus.logging.Log;
import io.smsauto.notifier.config.VonageConfig;
import io.smsauto.notifier.repository.SandboxRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** Vonage when credentials are configured, the sandbox otherwise. */
public class SmsChannelProducer {

    @Produces
    @ApplicationScoped
    SmsChannel smsChannel(VonageConfig config, SandboxRepository sandbox) {
        if (config.hasCredentials()) {
            Log.infof("SMS are sent through Vonage at %s", config.baseUrl());
            return new VonageSmsChannel(config);
        }
        Log.info("No Vonage credentials: SMS are recorded in the sandbox, not sent");
        return new SandboxSmsChannel(sandbox);
    }
}
