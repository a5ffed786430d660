package io.smsauto.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** docker/Dockerfile.jvm and the build context it is given. */
class DockerfileTest {

    @Test
    void copiesTheQuarkusFastJarOfTheModuleNamedByItsBuildArgument() {
        List<String> instructions = Dockerfile.instructions();

        assertTrue(instructions.contains("ARG SERVICE"));
        assertTrue(instructions.containsAll(List.of(
                "COPY --chown=185 ${SERVICE}/target/quarkus-app/lib/ /deployments/lib/",
                "COPY --chown=185 ${SERVICE}/target/quarkus-app/*.jar /deployments/",
                "COPY --chown=185 ${SERVICE}/target/quarkus-app/app/ /deployments/app/",
                "COPY --chown=185 ${SERVICE}/target/quarkus-app/quarkus/ /deployments/quarkus/")),
                "the four layers of the fast-jar, owned by the user that runs it");
        assertTrue(instructions.contains("ENV JAVA_APP_JAR=\"/deployments/quarkus-run.jar\""));
    }

    @Test
    void runsAsAnUnprivilegedUser() {
        assertEquals(List.of("USER 185"), Dockerfile.instructions().stream().filter(i -> i.startsWith("USER")).toList());
    }

    @Test
    void exposesThePortTheServiceListensOn() {
        assertTrue(Dockerfile.instructions().contains("EXPOSE " + Dockerfile.containerPort()));
    }

    @Test
    void checksItsHealthWithTheHealthcheckScript() {
        assertTrue(Dockerfile.instructions().stream()
                .anyMatch(i -> i.startsWith("HEALTHCHECK ") && i.endsWith("CMD [\"healthcheck\"]")));
    }

    @Test
    void theBuildContextHoldsOnlyTheFastJarsAndTheHealthCheck() {
        assertEquals(List.of("*", "!*/target/quarkus-app/", "!docker/healthcheck"),
                Project.read(".dockerignore").lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList());
    }
}
