package io.smsauto.gateway.webhook;

import io.quarkus.logging.Log;
import io.smsauto.events.Carrier;

/** Tells the operator, once at start-up, whether a carrier's webhooks must be signed. */
public final class SignatureStatus {

    private SignatureStatus() {
    }

    public static void log(Carrier carrier, boolean checked, String setting) {
        if (checked) {
            Log.infof("%s webhooks must be signed: %s is set", carrier, setting);
        } else {
            Log.warnf("%s webhooks are accepted unsigned: set %s to check their signature", carrier, setting);
        }
    }
}
