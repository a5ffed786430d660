package io.smsauto.admin.config;

import io.smsauto.admin.client.Downstream;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Where the services that the web UI reaches through this one are. */
@ApplicationScoped
public class Downstreams {

    private final Downstream contactService;
    private final Downstream notifierService;
    private final Downstream inboundGateway;

    public Downstreams(@ConfigProperty(name = "quarkus.rest-client.contact-service.url") String contactService,
            @ConfigProperty(name = "quarkus.rest-client.notifier-service.url") String notifierService,
            @ConfigProperty(name = "smsauto.gateway-url") String inboundGateway) {
        this.contactService = Downstream.of("contact-service", contactService);
        this.notifierService = Downstream.of("notifier-service", notifierService);
        this.inboundGateway = Downstream.of("inbound-gateway", inboundGateway);
    }

    public Downstream contactService() {
        return contactService;
    }

    public Downstream notifierService() {
        return notifierService;
    }

    public Downstream inboundGateway() {
        return inboundGateway;
    }
}
