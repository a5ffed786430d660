package io.smsauto.system;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.smsauto.runner.LocalSystem;
import io.smsauto.runner.RunSettings;
import io.smsauto.runner.Service;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;

/**
 * The whole system, started once for all end-to-end tests of a JVM as bin/run starts it, with
 * WireMock standing in for Vonage's SMS API and for the URL targets of forwards, GreenMail as the
 * SMTP server, and a signature secret configured for every carrier.
 */
final class RunningSystem {

    static final String API_TOKEN = "system-test-token";
    static final String MAIL_FROM = "smsauto@system-test.example";

    private static RunningSystem instance;

    final LocalSystem system;
    final WireMockServer vonage;
    final WireMockServer urlTarget;
    final GreenMail mail;

    private RunningSystem(LocalSystem system, WireMockServer vonage, WireMockServer urlTarget, GreenMail mail) {
        this.system = system;
        this.vonage = vonage;
        this.urlTarget = urlTarget;
        this.mail = mail;
    }

    static synchronized RunningSystem get() throws Exception {
        if (instance == null) {
            instance = start();
            Runtime.getRuntime().addShutdownHook(new Thread(instance::stop, "system-tests-stop"));
        }
        return instance;
    }

    URI url(Service service) {
        return system.url(service);
    }

    private static RunningSystem start() throws Exception {
        WireMockServer vonage = new WireMockServer(options().dynamicPort());
        vonage.start();
        vonage.stubFor(post(urlPathEqualTo("/sms/json")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("""
                        {"message-count": "1", "messages": [{"to": "33600000000", "message-id": "0B00000000000001",
                         "status": "0", "remaining-balance": "10.0", "message-price": "0.05", "network": "20801"}]}
                        """)));
        WireMockServer urlTarget = new WireMockServer(options().dynamicPort());
        urlTarget.start();
        urlTarget.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)));
        GreenMail mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        mail.start();
        // GreenMail and the Vert.x mail client now and then wait for each other (see notifier-service's
        // SmtpStandIn): a short timeout turns that stall into a 421, which the notifier retries
        mail.getSmtp().setClientSocketTimeout(3_000);

        Path projectRoot = Path.of(System.getProperty("smsauto.project.root", "..")).toAbsolutePath().normalize();
        Path dataDir = Files.createTempDirectory("smsauto-system-test");
        LocalSystem system = new LocalSystem(RunSettings.isolated(projectRoot, dataDir, API_TOKEN, Map.ofEntries(
                Map.entry("VONAGE_API_KEY", "system-test-key"),
                Map.entry("VONAGE_API_SECRET", "system-test-secret"),
                Map.entry("VONAGE_BASE_URL", vonage.baseUrl()),
                Map.entry("VONAGE_SIGNATURE_SECRET", CarrierSigning.VONAGE_SECRET),
                Map.entry("TWILIO_AUTH_TOKEN", CarrierSigning.TWILIO_AUTH_TOKEN),
                Map.entry("MESSAGEMEDIA_SIGNATURE_PUBLIC_KEY",
                        Base64.getEncoder().encodeToString(CarrierSigning.MESSAGEMEDIA_KEYS.getPublic().getEncoded())),
                Map.entry("QUARKUS_MAILER_HOST", "127.0.0.1"),
                Map.entry("QUARKUS_MAILER_PORT", String.valueOf(mail.getSmtp().getPort())),
                Map.entry("QUARKUS_MAILER_FROM", MAIL_FROM),
                Map.entry("QUARKUS_MAILER_MOCK", "false"),
                Map.entry("QUARKUS_MAILER_KEEP_ALIVE", "false"),
                // the URL target is WireMock on loopback, which the dispatcher refuses by default
                Map.entry("DISPATCHER_ALLOW_PRIVATE", "true"))));
        try {
            system.start();
        } catch (Exception e) {
            vonage.stop();
            urlTarget.stop();
            mail.stop();
            throw e;
        }
        return new RunningSystem(system, vonage, urlTarget, mail);
    }

    private void stop() {
        try {
            system.close();
        } catch (Exception e) {
            e.printStackTrace();
        } finally {
            vonage.stop();
            urlTarget.stop();
            mail.stop();
        }
    }
}
