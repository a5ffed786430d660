package io.smsauto.runner;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One service running as its own JVM (the Quarkus fast-jar), its output appended to a log file. */
final class ServiceProcess {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Service service;
    private final String instance;
    private final int port;
    private final Path log;
    private final Process process;

    private ServiceProcess(Service service, String instance, int port, Path log, Process process) {
        this.service = service;
        this.instance = instance;
        this.port = port;
        this.log = log;
        this.process = process;
    }

    static ServiceProcess start(Service service, Path projectRoot, int port, Map<String, String> env,
            List<String> javaOptions, Path logDir) throws IOException {
        return start(service, service.id(), projectRoot, port, env, javaOptions, logDir);
    }

    /** @param instance names the log file: the service's id, or a replica's name */
    static ServiceProcess start(Service service, String instance, Path projectRoot, int port, Map<String, String> env,
            List<String> javaOptions, Path logDir) throws IOException {
        Path jar = projectRoot.resolve(service.id()).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IOException(jar + " is missing: build with ./mvnw package -DskipTests");
        }
        Files.createDirectories(logDir);
        Path log = logDir.resolve(instance + ".log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(javaOptions);
        command.add("-jar");
        command.add(jar.toString());
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(env);
        builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
        return new ServiceProcess(service, instance, port, log, builder.start());
    }

    Service service() {
        return service;
    }

    URI url() {
        return URI.create("http://localhost:" + port);
    }

    Path log() {
        return log;
    }

    String instance() {
        return instance;
    }

    long pid() {
        return process.pid();
    }

    /** SIGKILL, as a crash would end it: no shutdown hooks, nothing flushed. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** True once {@code /q/health/ready} answers 200. */
    boolean isReady() {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready"))
                .timeout(Duration.ofSeconds(3)).GET().build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** SIGTERM, so the service shuts down gracefully. */
    void requestStop() {
        process.destroy();
    }

    /** Waits up to {@code timeout} for the process to end, then kills it. */
    void awaitStop(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** The end of the log, to show why a service did not start. */
    String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(log);
            return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
