package io.smsauto.dispatcher;

import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.smsauto.events.ActionRequested;
import io.smsauto.events.ActionResult;
import io.smsauto.events.HttpMethod;
import io.smsauto.events.ResultStatus;
import io.smsauto.infra.EmbeddedInfraTestResource;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** With {@code dispatcher.allow-private} off, as in production: the target on loopback must never be called. */
@QuarkusTest
@TestProfile(PrivateTargetTest.PrivateTargetsRefused.class)
@WithTestResource(value = EmbeddedInfraTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = UrlTargetStandIn.class, scope = TestResourceScope.GLOBAL)
class PrivateTargetTest extends FlowTestSupport {

    public static class PrivateTargetsRefused implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("dispatcher.allow-private", "false");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "localhost", "127.0.0.2", "[::1]", "[::ffff:127.0.0.1]", "0.0.0.0"})
    void aTargetOnALocalAddressIsBlockedAndNeverCalled(String host) {
        String path = stubbed(ok());
        ActionRequested event = event(HttpMethod.POST, url(host, path));

        send(event);
        ActionResult result = awaitResult(event.eventId());

        assertEquals(ResultStatus.FAILED, result.status());
        assertEquals(1, result.attempt(), "a blocked target is not retried");
        assertTrue(result.detail().startsWith("blocked: "), result.detail());
        assertEquals(0, callsFor(event).size());
        awaitDeadLetter(event.eventId());
    }
}
