package io.smsauto.deployment;

import static io.smsauto.deployment.YamlTree.list;
import static io.smsauto.deployment.YamlTree.map;
import static io.smsauto.deployment.YamlTree.string;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smsauto.events.Topics;
import io.smsauto.events.Topics.TopicSpec;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each service's Deployment, Service, PodDisruptionBudget and autoscaler, as every overlay of k8s/ renders them. */
class KubernetesServicesTest {

    /** The services whose replicas share the work of a consumer group (DESIGN.md §1). */
    private static final Set<String> CONSUMERS =
            Set.of(Setting.MATCHER, Setting.CONTACTS, Setting.NOTIFIER, Setting.DISPATCHER);

    static Stream<Arguments> overlaysAndServices() {
        return Overlays.withServices();
    }

    static Stream<Arguments> overlaysAndConsumers() {
        return Overlays.withServices().filter(a -> CONSUMERS.contains((String) a.get()[1]));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("overlaysAndServices")
    void deploymentNamedForTheServiceRunsItsImage(String overlay, String service) {
        Map<String, Object> container = Overlays.container(Manifests.render(overlay), service);

        assertTrue(string(container, "image").matches("(.+/)?smsauto/" + service + ":[\\w.-]+"), string(container, "image"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("overlaysAndServices")
    void startupLivenessAndReadinessProbesAskQuarkusHealth(String overlay, String service) {
        Map<String, Object> container = Overlays.container(Manifests.render(overlay), service);

        assertEquals("/q/health/started", string(container, "startupProbe", "httpGet", "path"));
        assertEquals("/q/health/live", string(container, "livenessProbe", "httpGet", "path"));
        assertEquals("/q/health/ready", string(container, "readinessProbe", "httpGet", "path"));
        for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
            assertEquals("http", string(container, probe, "httpGet", "port"), probe);
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("overlaysAndServices")
    void containerListensOnItsHttpPort(String overlay, String service) {
        Map<String, Object> container = Overlays.container(Manifests.render(overlay), service);
        Map<String, Object> http = YamlTree.asMap(list(container, "ports").stream()
                .filter(p -> "http".equals(string(p, "name"))).findFirst().orElseThrow());
        String port = String.valueOf(Dockerfile.containerPort());

        assertEquals(port, string(http, "containerPort"));
        assertTrue(list(container, "env").stream().anyMatch(v -> "QUARKUS_HTTP_PORT".equals(string(v, "name"))
                && port.equals(string(v, "value"))), "QUARKUS_HTTP_PORT=" + port);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("overlaysAndServices")
    void containerRequestsCpuAndMemoryAndHasAMemoryLimit(String overlay, String service) {
        Map<String, Object> resources = map(Overlays.container(Manifests.render(overlay), service), "resources");

        assertNotNull(string(resources, "requests", "cpu"));
        assertNotNull(string(resources, "requests", "memory"));
        assertNotNull(string(resources, "limits", "memory"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("overlaysAndServices")
    void runsAsTheImagesUnprivilegedUserOnAReadOnlyRootFilesystem(String overlay, String service) {
        Manifests manifests = Manifests.render(overlay);
        Map<String, Object> pod = Overlays.podSpec(manifests, service);
        Map<String, Object> container = Overlays.container(manifests, service);

        assertEquals("true", string(pod, "securityContext", "runAsNonRoot"));
        assertTrue(Dockerfile.instructions().contains("USER " + string(pod, "securityContext", "runAsUser")));
        assertEquals("true", string(container, "securityContext", "readOnlyRootFilesystem"));
        assertEquals("false", string(container, "securityContext", "allowPrivilegeEscalation"));
        assertEquals(List.of("ALL"), list(container, "securityContext", "capabilities", "drop"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("overlaysAndServices")
    void tmpIsAWritableEmptyDir(String overlay, String service) {
        Manifests manifests = Manifests.render(overlay);
        Map<String, Object> mount = YamlTree.asMap(list(Overlays.container(manifests, service), "volumeMounts").stream()
                .filter(m -> "/tmp".equals(string(m, "mountPath"))).findFirst()
                .orElseThrow(() -> new AssertionError("/tmp is not mounted")));

        assertTrue(list(Overlays.podSpec(manifests, service), "volumes").stream()
                .anyMatch(v -> string(mount, "name").equals(string(v, "name")) && YamlTree.at(v, "emptyDir") != null));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("overlaysAndServices")
    void isGivenEverySettingItReads(String overlay, String service) {
        Manifests manifests = Manifests.render(overlay);
        Set<String> missing = new TreeSet<>(Setting.neededBy(ServiceModule.named(service)));
        missing.removeAll(Overlays.environment(manifests, Overlays.container(manifests, service)));

        assertEquals(Set.of(), missing, service + " is not given these settings: add them to "
                + "k8s/base/services/" + service + "/kustomization.yaml (or its components)");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("overlaysAndServices")
    void secretsComeFromSecretsOnly(String overlay, String service) {
        Manifests manifests = Manifests.render(overlay);
        Map<String, Object> container = Overlays.container(manifests, service);
        Set<String> exposed = new TreeSet<>(Overlays.fromConfigMaps(manifests, container).keySet());
        list(container, "env").stream().filter(v -> YamlTree.at(v, "value") != null)
                .forEach(v -> exposed.add(string(v, "name")));
        exposed.retainAll(Setting.secretVariables());

        assertEquals(Set.of(), exposed, "secrets in plain sight");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("overlaysAndServices")
    void serviceSendsItsHttpPortToThePods(String overlay, String service) {
        Manifests manifests = Manifests.render(overlay);
        Map<String, Object> resource = manifests.get("Service", service);

        assertFalse(map(resource, "spec", "selector").isEmpty());
        assertTrue(LabelSelector.selects(Map.of("matchLabels", map(resource, "spec", "selector")),
                Overlays.podLabels(manifests.get("Deployment", service))));
        assertEquals(List.of(Map.of("name", "http", "port", Dockerfile.containerPort(), "targetPort", "http")),
                list(resource, "spec", "ports"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("overlaysAndServices")
    void aDisruptionBudgetKeepsPodsRunningDuringADrain(String overlay, String service) {
        Manifests manifests = Manifests.render(overlay);
        Map<String, Object> pods = Overlays.podLabels(manifests.get("Deployment", service));

        List<Map<String, Object>> budgets = manifests.all("PodDisruptionBudget").stream()
                .filter(b -> LabelSelector.selects(map(b, "spec", "selector"), pods)).toList();

        assertEquals(1, budgets.size(), "PodDisruptionBudgets selecting " + service);
        assertNotNull(YamlTree.at(budgets.get(0), "spec", "maxUnavailable"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("overlaysAndConsumers")
    void consumerIsAutoscaledUpToThePartitionsOfItsTopics(String overlay, String service) {
        Map<String, Object> autoscaler = Manifests.render(overlay).get("HorizontalPodAutoscaler", service);
        int fewestPartitions = Topics.ALL.stream().mapToInt(TopicSpec::partitions).min().orElseThrow();

        assertEquals("Deployment", string(autoscaler, "spec", "scaleTargetRef", "kind"));
        assertEquals(service, string(autoscaler, "spec", "scaleTargetRef", "name"));
        int max = Integer.parseInt(string(autoscaler, "spec", "maxReplicas"));
        assertTrue(max <= fewestPartitions, "maxReplicas " + max + " > " + fewestPartitions
                + " partitions: the extra consumers would idle");
        assertTrue(Integer.parseInt(string(autoscaler, "spec", "minReplicas")) <= max);
    }
}
