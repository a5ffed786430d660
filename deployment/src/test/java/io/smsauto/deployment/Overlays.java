package io.smsauto.deployment;

import static io.smsauto.deployment.YamlTree.list;
import static io.smsauto.deployment.YamlTree.map;
import static io.smsauto.deployment.YamlTree.string;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** The kustomize overlays of k8s/ and what a service's Deployment gets in them. */
final class Overlays {

    static final String BASE = "k8s/base";

    private Overlays() {
    }

    /** Every folder of k8s/overlays, as a path from the project root. */
    static Stream<String> all() {
        try (Stream<Path> folders = Files.list(Project.file("k8s/overlays"))) {
            return folders.filter(Files::isDirectory).map(f -> "k8s/overlays/" + f.getFileName()).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** (overlay, service name) for every overlay and service. */
    static Stream<Arguments> withServices() {
        return all().flatMap(overlay -> ServiceModule.all().stream().map(s -> Arguments.of(overlay, s.name())));
    }

    static Map<String, Object> podSpec(Manifests manifests, String service) {
        return map(manifests.get("Deployment", service), "spec", "template", "spec");
    }

    static Map<String, Object> podLabels(Map<String, Object> workload) {
        return map(workload, "spec", "template", "metadata", "labels");
    }

    /** The service's one container. */
    static Map<String, Object> container(Manifests manifests, String service) {
        return YamlTree.asMap(list(podSpec(manifests, service), "containers").get(0));
    }

    /**
     * A Secret of the rendering, or, when the overlay leaves Secrets out (they are created beforehand),
     * the base's template of it.
     */
    static Optional<Map<String, Object>> secretOrTemplate(Manifests manifests, String name) {
        return manifests.find("Secret", name).or(() -> Manifests.render(BASE).find("Secret", name));
    }

    /** What the container takes from ConfigMaps (envFrom), later ones overriding earlier ones as in a pod. */
    static Map<String, String> fromConfigMaps(Manifests manifests, Map<String, Object> container) {
        Map<String, String> settings = new TreeMap<>();
        for (Object source : list(container, "envFrom")) {
            String configMap = string(source, "configMapRef", "name");
            if (configMap != null) {
                map(manifests.get("ConfigMap", configMap), "data").forEach((k, v) -> settings.put(k, String.valueOf(v)));
            }
        }
        return settings;
    }

    /** Every environment variable the container is given: its own and the keys of what it takes them from. */
    static Set<String> environment(Manifests manifests, Map<String, Object> container) {
        Set<String> names = new TreeSet<>(fromConfigMaps(manifests, container).keySet());
        list(container, "env").forEach(variable -> names.add(string(variable, "name")));
        for (Object source : list(container, "envFrom")) {
            String secret = string(source, "secretRef", "name");
            if (secret != null) {
                Map<String, Object> resource = secretOrTemplate(manifests, secret)
                        .orElseThrow(() -> new AssertionError(manifests.folder() + ": no Secret " + secret));
                names.addAll(map(resource, "data").keySet());
                names.addAll(map(resource, "stringData").keySet());
            }
        }
        return names;
    }
}
