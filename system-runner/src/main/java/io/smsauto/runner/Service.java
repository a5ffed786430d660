package io.smsauto.runner;

/** The six services, each with its local port (DESIGN.md §1). Directory = artifactId = application name. */
public enum Service {
    AUTOMATION_ADMIN("automation-admin", 8080),
    INBOUND_GATEWAY("inbound-gateway", 8081),
    KEYWORD_MATCHER("keyword-matcher", 8082),
    CONTACT_SERVICE("contact-service", 8083),
    NOTIFIER_SERVICE("notifier-service", 8084),
    ACTION_DISPATCHER("action-dispatcher", 8085);

    private final String id;
    private final int defaultPort;

    Service(String id, int defaultPort) {
        this.id = id;
        this.defaultPort = defaultPort;
    }

    public String id() {
        return id;
    }

    public int defaultPort() {
        return defaultPort;
    }
}
