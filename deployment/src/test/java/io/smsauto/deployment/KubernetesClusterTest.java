package io.smsauto.deployment;

import static io.smsauto.deployment.YamlTree.list;
import static io.smsauto.deployment.YamlTree.map;
import static io.smsauto.deployment.YamlTree.string;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smsauto.events.Topics;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What every overlay of k8s/ renders around the services: ingress, network policies, topics, secrets. */
class KubernetesClusterTest {

    private static final String INGRESS_CONTROLLER = "namespace ingress-nginx";
    /** Prometheus, which may reach every service (its /q/metrics are on the HTTP port). */
    private static final String MONITORING = "namespace monitoring";
    /** Who may reach each service besides {@link #MONITORING}; nothing else gets in. */
    private static final Map<String, Set<String>> ALLOWED_CALLERS = Map.of(
            Setting.GATEWAY, Set.of(INGRESS_CONTROLLER, Setting.ADMIN),
            Setting.ADMIN, Set.of(INGRESS_CONTROLLER),
            Setting.CONTACTS, Set.of(Setting.ADMIN),
            // the web UI's sandbox phone, through automation-admin
            Setting.NOTIFIER, Set.of(Setting.ADMIN));

    static Stream<String> overlays() {
        return Overlays.all();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void onlyInboundGatewayAndAutomationAdminAreReachableThroughAnIngress(String overlay) {
        Set<String> backends = new TreeSet<>();
        for (Map<String, Object> ingress : Manifests.render(overlay).all("Ingress")) {
            for (Object rule : list(ingress, "spec", "rules")) {
                for (Object path : list(rule, "http", "paths")) {
                    backends.add(string(path, "backend", "service", "name"));
                }
            }
        }

        assertEquals(Set.of(Setting.ADMIN, Setting.GATEWAY), backends);
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void theGatewaysIngressPassesTheWebhooksOnly(String overlay) {
        Map<String, Object> ingress = Manifests.render(overlay).get("Ingress", Setting.GATEWAY);

        for (Object rule : list(ingress, "spec", "rules")) {
            for (Object path : list(rule, "http", "paths")) {
                assertEquals("/webhooks", string(path, "path"));
                assertEquals("Prefix", string(path, "pathType"));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyPodIsClosedToIncomingTrafficByDefault(String overlay) {
        assertTrue(Manifests.render(overlay).all("NetworkPolicy").stream().anyMatch(policy ->
                map(policy, "spec", "podSelector").isEmpty()
                        && list(policy, "spec", "policyTypes").contains("Ingress")
                        && list(policy, "spec", "ingress").isEmpty()));
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void networkPoliciesLetInOnlyTheCallsTheDesignNames(String overlay) {
        Manifests manifests = Manifests.render(overlay);
        Map<String, Map<String, Object>> pods = new HashMap<>();
        ServiceModule.all().forEach(s -> pods.put(s.name(), Overlays.podLabels(manifests.get("Deployment", s.name()))));

        for (Map<String, Object> policy : manifests.all("NetworkPolicy")) {
            for (Map.Entry<String, Map<String, Object>> service : pods.entrySet()) {
                if (!LabelSelector.selects(map(policy, "spec", "podSelector"), service.getValue())) {
                    continue;
                }
                for (Object rule : list(policy, "spec", "ingress")) {
                    assertFalse(list(rule, "from").isEmpty(),
                            Manifests.name(policy) + " lets anyone reach " + service.getKey());
                    for (Object peer : list(rule, "from")) {
                        for (String caller : callers(peer, pods)) {
                            assertTrue(caller.equals(MONITORING)
                                    || ALLOWED_CALLERS.getOrDefault(service.getKey(), Set.of()).contains(caller),
                                    Manifests.name(policy) + " lets " + caller + " reach " + service.getKey());
                        }
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void prometheusIsToldToScrapeEveryServiceAndMayReachIt(String overlay) {
        Manifests manifests = Manifests.render(overlay);
        for (ServiceModule service : ServiceModule.all()) {
            Map<String, Object> deployment = manifests.get("Deployment", service.name());
            Map<String, Object> annotations = map(deployment, "spec", "template", "metadata", "annotations");
            assertEquals("true", annotations.get("prometheus.io/scrape"), service.name());
            assertEquals("/q/metrics", annotations.get("prometheus.io/path"), service.name());
            assertEquals("8080", annotations.get("prometheus.io/port"), service.name());
            Map<String, Object> labels = Overlays.podLabels(deployment);
            assertTrue(manifests.all("NetworkPolicy").stream().anyMatch(policy ->
                    LabelSelector.selects(map(policy, "spec", "podSelector"), labels)
                            && list(policy, "spec", "ingress").stream().anyMatch(rule ->
                                    list(rule, "from").stream().anyMatch(peer -> MONITORING.equals("namespace "
                                            + string(peer, "namespaceSelector", "matchLabels", "kubernetes.io/metadata.name"))))),
                    "no policy lets the monitoring namespace reach " + service.name());
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void theKafkaTopicsAreTheTopicsOfTheCodeWithTheirPartitionsAndCleanupPolicies(String overlay) {
        Map<String, String> expected = new TreeMap<>();
        Topics.ALL.forEach(t -> expected.put(t.name(), t.partitions() + " partitions, " + t.cleanup().policy()));
        Map<String, String> rendered = new TreeMap<>();
        for (Map<String, Object> topic : Manifests.render(overlay).all("KafkaTopic")) {
            rendered.put(string(topic, "spec", "topicName"),
                    string(topic, "spec", "partitions") + " partitions, " + string(topic, "spec", "config", "cleanup.policy"));
        }

        assertEquals(expected, rendered, "regenerate with " + GeneratedFile.REGENERATE_COMMAND);
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyTopicFitsTheBrokersOfTheOverlaysKafkaCluster(String overlay) {
        Manifests manifests = Manifests.render(overlay);
        for (Map<String, Object> topic : manifests.all("KafkaTopic")) {
            String cluster = string(topic, "metadata", "labels", "strimzi.io/cluster");
            Map<String, Object> kafka = manifests.get("Kafka", cluster);
            int brokers = manifests.all("KafkaNodePool").stream()
                    .filter(pool -> cluster.equals(string(pool, "metadata", "labels", "strimzi.io/cluster")))
                    .filter(pool -> list(pool, "spec", "roles").contains("broker"))
                    .mapToInt(pool -> Integer.parseInt(string(pool, "spec", "replicas")))
                    .sum();
            int replicas = Integer.parseInt(string(topic, "spec", "replicas"));
            String minInSync = string(topic, "spec", "config", "min.insync.replicas");
            int minInSyncReplicas = Integer.parseInt(minInSync != null ? minInSync
                    : string(kafka, "spec", "kafka", "config", "min.insync.replicas"));
            String name = Manifests.name(topic);

            assertTrue(replicas <= brokers, name + ": " + replicas + " replicas on " + brokers + " brokers");
            assertTrue(minInSyncReplicas <= replicas, name + ": min.insync.replicas above replicas: no write succeeds");
            assertTrue(replicas == 1 || minInSyncReplicas < replicas,
                    name + ": min.insync.replicas = replicas: one broker down stops every write");
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void servicesBootstrapFromThePlainListenerOfTheKafkaCluster(String overlay) {
        Manifests manifests = Manifests.render(overlay);
        Map<String, Object> kafka = manifests.all("Kafka").get(0);
        Object plain = list(kafka, "spec", "kafka", "listeners").stream()
                .filter(l -> "false".equals(string(l, "tls")) && "internal".equals(string(l, "type")))
                .findFirst().orElseThrow();
        String bootstrap = Manifests.name(kafka) + "-kafka-bootstrap:" + string(plain, "port");

        for (ServiceModule service : ServiceModule.all()) {
            assertEquals(bootstrap, Overlays.fromConfigMaps(manifests, Overlays.container(manifests, service.name()))
                    .get("KAFKA_BOOTSTRAP_SERVERS"), service.name());
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everySecretAServiceNeedsIsRenderedOrHasATemplateInTheBase(String overlay) {
        Manifests manifests = Manifests.render(overlay);
        for (Map<String, Object> workload : Stream.concat(manifests.all("Deployment").stream(),
                manifests.all("StatefulSet").stream()).toList()) {
            for (String secret : secretsUsedBy(workload)) {
                assertTrue(Overlays.secretOrTemplate(manifests, secret).isPresent(),
                        Manifests.name(workload) + " needs the Secret " + secret + ", which has no template");
            }
        }
    }

    @Test
    void theProductionOverlayLeavesSecretsOutSoThatApplyingItNeverOverwritesThem() {
        assertEquals(List.of(), Manifests.render("k8s/overlays/prod").all("Secret"));
    }

    @Test
    void theBaseSecretsAreTemplatesWithoutValues() {
        for (Map<String, Object> secret : Manifests.render(Overlays.BASE).all("Secret")) {
            map(secret, "data").forEach((key, value) ->
                    assertEquals("", String.valueOf(value), Manifests.name(secret) + " holds a value for " + key));
        }
    }

    @Test
    void theLocalOverlaysServicesUseItsOwnPostgresAndMailCatcher() {
        Manifests local = Manifests.render("k8s/overlays/local");
        Map<String, String> admin = Overlays.fromConfigMaps(local, Overlays.container(local, Setting.ADMIN));
        Map<String, String> notifier = Overlays.fromConfigMaps(local, Overlays.container(local, Setting.NOTIFIER));

        assertEquals("jdbc:postgresql://postgres:5432/smsauto", admin.get("QUARKUS_DATASOURCE_JDBC_URL"));
        assertEquals("5432", string(list(local.get("Service", "postgres"), "spec", "ports").get(0), "port"));
        assertEquals("mailpit", notifier.get("QUARKUS_MAILER_HOST"));
        assertTrue(list(local.get("Service", "mailpit"), "spec", "ports").stream()
                .anyMatch(p -> notifier.get("QUARKUS_MAILER_PORT").equals(string(p, "port"))));
    }

    /** The services (or "namespace X") that a network policy peer lets in. */
    private static Set<String> callers(Object peer, Map<String, Map<String, Object>> pods) {
        Set<String> callers = new TreeSet<>();
        String namespace = string(peer, "namespaceSelector", "matchLabels", "kubernetes.io/metadata.name");
        if (namespace != null) {
            callers.add("namespace " + namespace);
        } else if (YamlTree.at(peer, "namespaceSelector") != null || YamlTree.at(peer, "ipBlock") != null) {
            callers.add("anything: " + peer);
        }
        if (YamlTree.at(peer, "podSelector") != null && namespace == null) {
            pods.forEach((service, labels) -> {
                if (LabelSelector.selects(map(peer, "podSelector"), labels)) {
                    callers.add(service);
                }
            });
        }
        return callers;
    }

    private static Set<String> secretsUsedBy(Map<String, Object> workload) {
        Set<String> secrets = new TreeSet<>();
        for (Object container : list(workload, "spec", "template", "spec", "containers")) {
            list(container, "envFrom").stream().map(s -> string(s, "secretRef", "name"))
                    .filter(name -> name != null).forEach(secrets::add);
            list(container, "env").stream().map(v -> string(v, "valueFrom", "secretKeyRef", "name"))
                    .filter(name -> name != null).forEach(secrets::add);
        }
        return secrets;
    }
}
