package io.smsauto.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.smsauto.events.Topics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docker/create-topics.sh, docker-compose's one-shot topic creation, against a stand-in for Kafka's
 * kafka-topics.sh that lists the topics it is told exist and records every creation.
 */
class CreateTopicsScriptTest {

    private static final String SCRIPT = "docker/create-topics.sh";

    @TempDir
    Path dir;

    @Test
    void createsEveryTopicOfTheListWithItsPartitionsAndCleanupPolicy() throws Exception {
        Scripts.Result result = runAgainstBrokerWith(List.of());

        assertEquals(0, result.exitCode(), result.output());
        assertEquals(Topics.ALL.stream()
                        .map(t -> create(t.name(), t.partitions(), t.cleanup().policy()))
                        .toList(),
                creations());
    }

    @Test
    void leavesTopicsTheBrokerHasAlone() throws Exception {
        List<String> existing = List.of(Topics.SMS_INBOUND, Topics.deadLetter(Topics.ACTIONS_RESULTS));

        Scripts.Result result = runAgainstBrokerWith(existing);

        assertEquals(0, result.exitCode(), result.output());
        assertEquals(Topics.ALL.stream()
                        .filter(t -> !existing.contains(t.name()))
                        .map(t -> create(t.name(), t.partitions(), t.cleanup().policy()))
                        .toList(),
                creations());
    }

    @Test
    void failsWhenTheBrokerCannotBeListed() throws Exception {
        Path failing = dir.resolve("failing-kafka-topics.sh");
        Files.writeString(failing, "#!/bin/bash\necho 'Timed out waiting for a node assignment' >&2\nexit 1\n");
        Files.setPosixFilePermissions(failing, PosixFilePermissions.fromString("rwxr-xr-x"));

        Scripts.Result result = Scripts.run(SCRIPT, Map.of("KAFKA_TOPICS_COMMAND", failing.toString()),
                "kafka:19092", Project.file(ComposeTopicList.PATH.toString()).toString());

        assertEquals(1, result.exitCode(), result.output());
    }

    private Scripts.Result runAgainstBrokerWith(List<String> existing) throws IOException, InterruptedException {
        Path stub = dir.resolve("kafka-topics.sh");
        Files.writeString(dir.resolve("existing"), existing.stream().map(t -> t + "\n").collect(Collectors.joining()));
        Files.writeString(stub, """
                #!/bin/bash
                # --bootstrap-server <servers> then --list, or --create and its options
                [[ "$1 $2" == "--bootstrap-server kafka:19092" ]] || { echo "unexpected servers: $*" >&2; exit 2; }
                if [[ "$3" == "--list" ]]; then cat "%1$s/existing"; else echo "${*:3}" >>"%1$s/created"; fi
                """.formatted(dir));
        Files.setPosixFilePermissions(stub, PosixFilePermissions.fromString("rwxr-xr-x"));
        return Scripts.run(SCRIPT, Map.of("KAFKA_TOPICS_COMMAND", stub.toString()),
                "kafka:19092", Project.file(ComposeTopicList.PATH.toString()).toString());
    }

    private List<String> creations() throws IOException {
        Path created = dir.resolve("created");
        return Files.exists(created) ? Files.readAllLines(created, StandardCharsets.UTF_8) : List.of();
    }

    private static String create(String topic, int partitions, String cleanup) {
        return "--create --if-not-exists --topic " + topic + " --partitions " + partitions
                + " --replication-factor 1 --config cleanup.policy=" + cleanup;
    }
}
