package io.smsauto.deployment;

import static io.smsauto.deployment.YamlTree.map;
import static io.smsauto.deployment.YamlTree.string;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/** The resources {@code kubectl kustomize} renders from a folder of k8s/, rendered once per test run. */
final class Manifests {

    private static final Map<String, Manifests> RENDERED = new ConcurrentHashMap<>();

    private final String folder;
    private final List<Map<String, Object>> resources;

    private Manifests(String folder, List<Map<String, Object>> resources) {
        this.folder = folder;
        this.resources = resources;
    }

    /** {@code kubectl kustomize <folder>}, the folder relative to the project root. */
    static Manifests render(String folder) {
        return RENDERED.computeIfAbsent(folder, Manifests::kustomize);
    }

    String folder() {
        return folder;
    }

    List<Map<String, Object>> all(String kind) {
        return resources.stream().filter(r -> kind.equals(r.get("kind"))).toList();
    }

    Optional<Map<String, Object>> find(String kind, String name) {
        return all(kind).stream().filter(r -> name.equals(name(r))).findFirst();
    }

    Map<String, Object> get(String kind, String name) {
        return find(kind, name).orElseThrow(() -> new AssertionError(folder + " renders no " + kind + " " + name));
    }

    static String name(Map<String, Object> resource) {
        return string(resource, "metadata", "name");
    }

    static Map<String, Object> labels(Map<String, Object> resource) {
        return map(resource, "metadata", "labels");
    }

    private static Manifests kustomize(String folder) {
        try {
            Path errors = Files.createTempFile("kustomize", ".err");
            Process process = new ProcessBuilder("kubectl", "kustomize", Project.file(folder).toString())
                    .redirectError(errors.toFile())
                    .start();
            process.getOutputStream().close();
            String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            boolean ended = process.waitFor(2, TimeUnit.MINUTES);
            String stderr = Files.readString(errors);
            Files.delete(errors);
            if (!ended || process.exitValue() != 0) {
                throw new AssertionError("kubectl kustomize " + folder + " failed: " + stderr);
            }
            return new Manifests(folder, YamlTree.loadAll(stdout));
        } catch (IOException e) {
            throw new AssertionError("kubectl is needed to render k8s/ (Debian: apt-get install kubectl): " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
