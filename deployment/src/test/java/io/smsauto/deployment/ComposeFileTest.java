package io.smsauto.deployment;

import static io.smsauto.deployment.YamlTree.list;
import static io.smsauto.deployment.YamlTree.map;
import static io.smsauto.deployment.YamlTree.string;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** docker-compose.yml and its env file against the services' own definitions and Topics.ALL. */
class ComposeFileTest {

    static List<ServiceModule> services() {
        return ServiceModule.all();
    }

    @ParameterizedTest
    @MethodSource("services")
    void serviceIsBuiltFromTheDockerfileForItsModule(ServiceModule module) {
        Map<String, Object> service = ComposeFile.service(module.name());

        assertEquals(".", string(service, "build", "context"));
        assertEquals(Dockerfile.PATH, string(service, "build", "dockerfile"));
        assertEquals(module.name(), string(service, "build", "args", "SERVICE"));
        assertEquals("smsauto/" + module.name() + ":dev", ComposeFile.withDefaults(string(service, "image")));
    }

    @ParameterizedTest
    @MethodSource("services")
    void servicePublishesItsOwnPortOnTheContainersPort(ServiceModule module) {
        assertEquals(List.of(module.port() + ":" + Dockerfile.containerPort()),
                list(ComposeFile.service(module.name()), "ports"));
    }

    @ParameterizedTest
    @MethodSource("services")
    void serviceIsHealthyWhenTheImagesHealthCheckPasses(ServiceModule module) {
        assertEquals(List.of("CMD", "healthcheck"), list(ComposeFile.service(module.name()), "healthcheck", "test"));
        assertTrue(Dockerfile.instructions().contains("COPY docker/healthcheck /usr/local/bin/healthcheck"),
                "the image holds docker/healthcheck");
    }

    @ParameterizedTest
    @MethodSource("services")
    void serviceStartsOnceTheTopicsExistAndTheDatabaseIsHealthy(ServiceModule module) {
        Map<String, Object> dependsOn = map(ComposeFile.service(module.name()), "depends_on");

        assertEquals("service_completed_successfully", string(dependsOn, "kafka-topics", "condition"));
        assertEquals("service_healthy", string(dependsOn, "postgres", "condition"));
    }

    @ParameterizedTest
    @MethodSource("services")
    void serviceReadsTheEnvFileWithEverySetting(ServiceModule module) {
        Set<String> missing = new TreeSet<>(Setting.neededBy(module));
        missing.removeAll(ComposeFile.envFile(module.name()).keySet());

        assertEquals(Set.of(), missing, module.name() + " is not given these settings");
    }

    @Test
    void notifierStartsOnceTheMailCatcherIsHealthy() {
        assertEquals("service_healthy",
                string(ComposeFile.service(Setting.NOTIFIER), "depends_on", "mailpit", "condition"));
    }

    @Test
    void everyServiceWaitedForAsHealthyHasAHealthCheck() {
        for (Map.Entry<String, Object> service : ComposeFile.services().entrySet()) {
            for (Map.Entry<String, Object> dependency : map(service.getValue(), "depends_on").entrySet()) {
                if ("service_healthy".equals(string(dependency.getValue(), "condition"))) {
                    assertFalse(list(ComposeFile.service(dependency.getKey()), "healthcheck", "test").isEmpty(),
                            service.getKey() + " waits for " + dependency.getKey() + " to be healthy, which has no health check");
                }
            }
        }
    }

    @Test
    void noTwoContainersPublishTheSameHostPort() {
        Set<String> hostPorts = new HashSet<>();
        for (Object service : ComposeFile.services().values()) {
            for (Object mapping : list(service, "ports")) {
                String hostPort = mapping.toString().split(":")[0];
                assertTrue(hostPorts.add(hostPort), "host port " + hostPort + " published twice");
            }
        }
    }

    @Test
    void topicCreationRunsTheScriptOnTheGeneratedListOnceTheBrokerIsHealthy() {
        Map<String, Object> creation = ComposeFile.service("kafka-topics");
        List<Object> command = list(creation, "command");

        assertEquals(List.of("/bin/bash", "/opt/smsauto/create-topics.sh"), list(creation, "entrypoint"));
        assertTrue(list(creation, "volumes").containsAll(List.of(
                "./docker/create-topics.sh:/opt/smsauto/create-topics.sh:ro",
                "./" + ComposeTopicList.PATH + ":" + command.get(1) + ":ro")));
        assertEquals("service_healthy", string(creation, "depends_on", "kafka", "condition"));
        assertEquals("no", string(creation, "restart"));
        assertEquals(string(ComposeFile.service("kafka"), "image"), string(creation, "image"));
    }

    @Test
    void servicesAndTopicCreationUseTheBrokersInternalAdvertisedListener() {
        String bootstrap = ComposeFile.envFile(Setting.GATEWAY).get("KAFKA_BOOTSTRAP_SERVERS");
        List<String> advertised = new ArrayList<>();
        for (String listener : string(ComposeFile.service("kafka"), "environment", "KAFKA_ADVERTISED_LISTENERS").split(",")) {
            advertised.add(listener.substring(listener.indexOf("://") + 3));
        }

        assertTrue(advertised.contains(bootstrap), bootstrap + " is none of " + advertised);
        assertEquals(bootstrap, list(ComposeFile.service("kafka-topics"), "command").get(0));
    }

    @Test
    void theBrokerCreatesNoTopicByItself() {
        assertEquals("false", string(ComposeFile.service("kafka"), "environment", "KAFKA_AUTO_CREATE_TOPICS_ENABLE"));
    }

    @Test
    void servicesLogInToThePostgresContainersDatabaseWithItsAccount() {
        Map<String, String> postgres = ComposeFile.envFile("postgres");
        Map<String, String> services = ComposeFile.envFile(Setting.ADMIN);
        String database = postgres.get("POSTGRES_DB");

        assertEquals(postgres.get("POSTGRES_USER"), services.get("QUARKUS_DATASOURCE_USERNAME"));
        assertEquals(postgres.get("POSTGRES_PASSWORD"), services.get("QUARKUS_DATASOURCE_PASSWORD"));
        assertEquals("postgresql://postgres:5432/" + database, services.get("QUARKUS_DATASOURCE_REACTIVE_URL"));
        assertEquals("jdbc:postgresql://postgres:5432/" + database, services.get("QUARKUS_DATASOURCE_JDBC_URL"));
    }

    @Test
    void emailGoesToTheMailCatchersSmtpPort() {
        Map<String, String> settings = ComposeFile.envFile(Setting.NOTIFIER);

        assertEquals("mailpit", settings.get("QUARKUS_MAILER_HOST"));
        assertEquals("1025", settings.get("QUARKUS_MAILER_PORT"));
        assertFalse(ComposeFile.service("mailpit").isEmpty());
    }

    @Test
    void automationAdminCallsTheContactServiceContainer() {
        URI url = URI.create(ComposeFile.envFile(Setting.ADMIN).get("QUARKUS_REST_CLIENT_CONTACT_SERVICE_URL"));

        assertEquals(Setting.CONTACTS, url.getHost());
        assertEquals(Dockerfile.containerPort(), url.getPort());
    }

    @Test
    void theCommittedEnvFileHoldsNoRealSecret() {
        Map<String, String> settings = ComposeFile.envFile(Setting.ADMIN);
        for (String secret : Setting.secretVariables()) {
            String value = settings.get(secret);
            assertTrue(value.isEmpty() || value.contains("dev"),
                    secret + " must be empty or a development value (holding \"dev\") in the committed env file");
        }
    }
}
