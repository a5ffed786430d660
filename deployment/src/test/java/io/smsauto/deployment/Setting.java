package io.smsauto.deployment;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A setting operators give a deployment as an environment variable (DESIGN.md §2 and §7, README "Configuration"),
 * whether it is a secret, which services read it by design, and the prefix of the properties whose
 * presence in a service's application.properties shows the service reads it too (empty: none).
 */
record Setting(String variable, boolean secret, Set<String> services, String propertyPrefix) {

    static final String ADMIN = "automation-admin";
    static final String GATEWAY = "inbound-gateway";
    static final String MATCHER = "keyword-matcher";
    static final String CONTACTS = "contact-service";
    static final String NOTIFIER = "notifier-service";
    static final String DISPATCHER = "action-dispatcher";

    private static final Set<String> EVERY_SERVICE = Set.of(ADMIN, GATEWAY, MATCHER, CONTACTS, NOTIFIER, DISPATCHER);
    private static final Set<String> WITH_API = Set.of(ADMIN, CONTACTS, NOTIFIER, DISPATCHER);
    private static final Set<String> WITH_DATABASE = Set.of(ADMIN, CONTACTS, NOTIFIER, DISPATCHER);
    private static final String DATASOURCE = "quarkus.datasource.";
    private static final String MAILER = "quarkus.mailer.";

    static final List<Setting> ALL = List.of(
            secret("API_TOKEN", WITH_API),
            plain("KAFKA_BOOTSTRAP_SERVERS", EVERY_SERVICE),
            plain("QUARKUS_DATASOURCE_REACTIVE_URL", WITH_DATABASE).readWith(DATASOURCE),
            plain("QUARKUS_DATASOURCE_JDBC_URL", WITH_DATABASE).readWith(DATASOURCE),
            secret("QUARKUS_DATASOURCE_USERNAME", WITH_DATABASE).readWith(DATASOURCE),
            secret("QUARKUS_DATASOURCE_PASSWORD", WITH_DATABASE).readWith(DATASOURCE),
            secret("VONAGE_SIGNATURE_SECRET", Set.of(GATEWAY, ADMIN)),
            secret("TWILIO_AUTH_TOKEN", Set.of(GATEWAY)),
            plain("MESSAGEMEDIA_SIGNATURE_PUBLIC_KEY", Set.of(GATEWAY)),
            secret("VONAGE_API_KEY", Set.of(NOTIFIER)),
            secret("VONAGE_API_SECRET", Set.of(NOTIFIER)),
            plain("VONAGE_BASE_URL", Set.of(NOTIFIER)),
            plain("QUARKUS_MAILER_HOST", Set.of(NOTIFIER)).readWith(MAILER),
            plain("QUARKUS_MAILER_PORT", Set.of(NOTIFIER)).readWith(MAILER),
            plain("QUARKUS_MAILER_FROM", Set.of(NOTIFIER)).readWith(MAILER),
            plain("QUARKUS_REST_CLIENT_CONTACT_SERVICE_URL", Set.of(ADMIN)),
            plain("QUARKUS_REST_CLIENT_NOTIFIER_SERVICE_URL", Set.of(ADMIN)),
            plain("SMSAUTO_GATEWAY_URL", Set.of(ADMIN)),
            plain("DISPATCHER_ALLOW_PRIVATE", Set.of(DISPATCHER)),
            secret("DISPATCHER_SIGNING_SECRET", Set.of(DISPATCHER)));

    static Set<String> variables() {
        return ALL.stream().map(Setting::variable).collect(Collectors.toSet());
    }

    static Set<String> secretVariables() {
        return ALL.stream().filter(Setting::secret).map(Setting::variable).collect(Collectors.toSet());
    }

    /**
     * What a service must be given: the settings it reads by design, and every one its
     * application.properties shows it reads (a service that starts using a database needs its URL).
     */
    static Set<String> neededBy(ServiceModule service) {
        return ALL.stream().filter(s -> s.isReadBy(service)).map(Setting::variable).collect(Collectors.toSet());
    }

    private boolean isReadBy(ServiceModule service) {
        return services.contains(service.name())
                || service.environmentVariables().contains(variable)
                || !propertyPrefix.isEmpty() && service.properties().stringPropertyNames().stream()
                        .anyMatch(key -> key.startsWith(propertyPrefix));
    }

    private Setting readWith(String prefix) {
        return new Setting(variable, secret, services, prefix);
    }

    private static Setting secret(String variable, Set<String> services) {
        return new Setting(variable, true, services, "");
    }

    private static Setting plain(String variable, Set<String> services) {
        return new Setting(variable, false, services, "");
    }
}
