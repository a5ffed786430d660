package io.smsauto.notifier.messaging;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.IncomingInterceptor;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * A {@link ContactOrder} for each action channel, named after it: SmallRye gives a channel the interceptor
 * with its name. The other channels (delivery receipts, opt-outs) have none and are left as they are.
 */
@Singleton
public class ContactOrders {

    @Produces
    @Singleton
    @Identifier("send-reply")
    IncomingInterceptor sendReply() {
        return new ContactOrder();
    }

    @Produces
    @Singleton
    @Identifier("forward-to-mobile")
    IncomingInterceptor forwardToMobile() {
        return new ContactOrder();
    }

    @Produces
    @Singleton
    @Identifier("forward-to-email")
    IncomingInterceptor forwardToEmail() {
        return new ContactOrder();
    }
}
