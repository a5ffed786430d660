package io.smsauto.gateway;

import static io.restassured.RestAssured.given;
import static io.smsauto.gateway.support.Webhooks.postVonage;
import static io.smsauto.gateway.support.Webhooks.uniqueId;
import static io.smsauto.gateway.support.Webhooks.uniqueSender;
import static io.smsauto.gateway.support.Webhooks.vonageSms;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smsauto.gateway.support.InboundTopic;
import io.smsauto.gateway.support.Webhooks;
import io.smsauto.infra.EmbeddedInfraTestResource;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Message texts are personal data: never in the logs at INFO or above, whatever happens to the webhook. */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraTestResource.class, scope = TestResourceScope.GLOBAL)
class LoggingTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private final List<String> logged = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.INFO.intValue()) {
                logged.add(String.valueOf(record.getMessage()) + " " + List.of(record.getParameters() == null
                        ? new Object[0] : record.getParameters()) + " " + record.getThrown());
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void captureLogs() {
        Logger.getLogger("").addHandler(capture);
    }

    @AfterEach
    void stopCapturing() {
        Logger.getLogger("").removeHandler(capture);
    }

    @Test
    void theTextOfAcceptedAndRefusedMessagesIsNotLoggedAtInfo() {
        String secret = "my PIN is " + uniqueId();
        String accepted = uniqueId();

        postVonage(vonageSms(uniqueSender(), accepted, secret)).then().statusCode(200);
        Map<String, String> unsigned = vonageSms(uniqueSender(), uniqueId(), secret);
        Webhooks.postForm(Webhooks.VONAGE, unsigned).then().statusCode(401);
        Map<String, String> malformed = vonageSms("not-a-number", uniqueId(), secret);
        postVonage(malformed).then().statusCode(400);
        given().contentType(Webhooks.FORM_UTF8).body("Body=" + secret.replace(' ', '+') + "&MessageSid=SM1")
                .when().post(Webhooks.TWILIO).then().statusCode(401);
        try (InboundTopic topic = new InboundTopic(bootstrapServers)) {
            topic.await(accepted);
        }

        String probe = "probe " + uniqueId();
        org.jboss.logging.Logger.getLogger(LoggingTest.class).info(probe);
        assertEquals(1, logged.stream().filter(line -> line.contains(probe)).count(), "the capture sees the log");
        assertEquals(List.of(), logged.stream().filter(line -> line.contains(secret)).toList());
    }
}
