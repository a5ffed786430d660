package io.smsauto.notifier.sms;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.smsauto.notifier.Attempt;
import io.smsauto.notifier.config.VonageConfig;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** How each answer (or silence) of Vonage is read: sent, refused for now, refused for good, or unknown. */
class VonageSmsChannelTest {

    /** Long enough for a first request to a cold WireMock on a busy machine. */
    private static final Duration PATIENT = Duration.ofSeconds(20);
    private static final OutgoingSms SMS = new OutgoingSms("e-1", "+33757000001", "+33612345678", "Hello");

    private WireMockServer vonage;

    @BeforeEach
    void start() {
        vonage = new WireMockServer(options().dynamicPort());
        vonage.start();
    }

    @AfterEach
    void stop() {
        vonage.stop();
    }

    @Test
    void anAcceptedSmsGivesItsMessageIdsAndSegments() {
        answer(json("""
                {"message-count": "2", "messages": [{"message-id": "A1", "status": "0"}, {"message-id": "A2", "status": "0"}]}
                """));

        assertEquals(new Attempt.Accepted("A1,A2", "2 segments"), channel(vonage.baseUrl(), PATIENT).send(SMS));
    }

    @Test
    void throttlingMayBeRetried() {
        answer(json("""
                {"message-count": "1", "messages": [{"status": "1", "error-text": "Throughput Rate Exceeded"}]}
                """));

        assertEquals(new Attempt.Rejected("vonage status 1 THROTTLED: Throughput Rate Exceeded", true),
                channel(vonage.baseUrl(), PATIENT).send(SMS));
    }

    @Test
    void anInvalidNumberIsRefusedForGood() {
        answer(json("""
                {"message-count": "1", "messages": [{"status": "3", "error-text": "Invalid to address"}]}
                """));

        assertEquals(new Attempt.Rejected("vonage status 3 INVALID_PARAMS: Invalid to address", false),
                channel(vonage.baseUrl(), PATIENT).send(SMS));
    }

    @Test
    void aPartlyRefusedSmsIsNotRetriedSinceSomeSegmentsWentOut() {
        answer(json("""
                {"message-count": "2", "messages": [{"message-id": "A1", "status": "0"}, {"status": "1", "error-text": "Throttled"}]}
                """));

        Attempt attempt = channel(vonage.baseUrl(), PATIENT).send(SMS);

        assertEquals(new Attempt.Rejected("1 of 2 segments refused, the others sent: vonage status 1 THROTTLED: Throttled",
                false), attempt);
    }

    @Test
    void aServerErrorMayBeRetried() {
        answer(aResponse().withStatus(502).withBody("<html>Bad Gateway</html>"));

        assertEquals(new Attempt.Rejected("vonage answered HTTP 502 Bad Gateway", true),
                channel(vonage.baseUrl(), PATIENT).send(SMS));
    }

    @Test
    void tooManyRequestsMayBeRetried() {
        answer(aResponse().withStatus(429));

        assertEquals(true, ((Attempt.Rejected) channel(vonage.baseUrl(), PATIENT).send(SMS)).retryable());
    }

    @Test
    void aClientErrorIsRefusedForGood() {
        answer(aResponse().withStatus(401).withBody("{}"));

        assertEquals(new Attempt.Rejected("vonage answered HTTP 401 Unauthorized", false),
                channel(vonage.baseUrl(), PATIENT).send(SMS));
    }

    @Test
    void noConnectionMayBeRetriedSinceNothingLeft() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        Attempt attempt = channel("http://127.0.0.1:" + closedPort, PATIENT).send(SMS);

        Attempt.Rejected refused = assertInstanceOf(Attempt.Rejected.class, attempt);
        assertTrue(refused.retryable());
        assertTrue(refused.reason().startsWith("cannot reach Vonage"), refused.reason());
    }

    @Test
    void noAnswerInTimeIsUnknownSinceTheSmsMayHaveGone() {
        answer(json("{}").withFixedDelay(2_000));

        Attempt attempt = channel(vonage.baseUrl(), Duration.ofMillis(300)).send(SMS);

        Attempt.Unknown unknown = assertInstanceOf(Attempt.Unknown.class, attempt);
        assertTrue(unknown.reason().contains("Read timed out"), unknown.reason());
    }

    @Test
    void anAnswerWithoutMessagesIsUnknown() {
        answer(json("{\"message-count\": \"0\", \"messages\": []}"));

        assertInstanceOf(Attempt.Unknown.class, channel(vonage.baseUrl(), PATIENT).send(SMS));
    }

    private void answer(ResponseDefinitionBuilder response) {
        vonage.stubFor(post(urlPathEqualTo("/sms/json")).willReturn(response));
    }

    private static ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }

    private static VonageSmsChannel channel(String baseUrl, Duration timeout) {
        return new VonageSmsChannel(new VonageConfig() {
            @Override
            public Optional<String> apiKey() {
                return Optional.of("key");
            }

            @Override
            public Optional<String> apiSecret() {
                return Optional.of("secret");
            }

            @Override
            public String baseUrl() {
                return baseUrl;
            }

            @Override
            public Duration timeout() {
                return timeout;
            }

            @Override
            public double maxRate() {
                return 0;
            }
        }, 2);
    }
}
