package io.smsauto.notifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smsauto.events.ActionRequested;
import io.smsauto.events.ActionResult;
import io.smsauto.events.InboundSms;
import io.smsauto.events.ResultStatus;
import io.smsauto.infra.EmbeddedInfraTestResource;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = EmbeddedInfraTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = VonageStandIn.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = SmtpStandIn.class, scope = TestResourceScope.GLOBAL)
class ForwardToEmailTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private NotifierTopics topics;

    @BeforeEach
    void connect() {
        topics = new NotifierTopics(bootstrapServers);
    }

    @AfterEach
    void close() {
        topics.close();
    }

    @Test
    void theEmailNamesSenderReceivingNumberTimeAutomationAndText() throws Exception {
        InboundSms sms = Actions.inbound(Actions.newNumber(), Actions.newNumber(), "OUI <b>merci</b> & à demain");
        String address = newAddress();
        ActionRequested request = Actions.forwardToEmail(sms, List.of(address));

        topics.send(request);

        ActionResult result = topics.awaitResult(request.eventId());
        assertEquals(ResultStatus.SUCCEEDED, result.status());
        MimeMessage mail = mailsTo(address).get(0);
        assertEquals("SMS from " + sms.from() + " to " + sms.to(), mail.getSubject());
        assertEquals(SmtpStandIn.FROM, mail.getFrom()[0].toString());
        assertEquals(request.eventId(), mail.getHeader("X-Smsauto-Event-Id")[0]);
        MimeMultipart alternatives = (MimeMultipart) mail.getContent();
        assertTrue(alternatives.getContentType().startsWith("multipart/alternative"), alternatives.getContentType());
        String text = part(alternatives, "text/plain");
        String html = part(alternatives, "text/html");
        for (String fact : List.of(sms.from(), sms.to(), sms.receivedAt().toString(), Actions.AUTOMATION)) {
            assertTrue(text.contains(fact), fact + " in " + text);
            assertTrue(html.contains(fact), fact + " in " + html);
        }
        assertTrue(text.contains("OUI <b>merci</b> & à demain"), text);
        assertTrue(html.contains("OUI &lt;b&gt;merci&lt;/b&gt; &amp; à demain"), html);
    }

    @Test
    void eachAddressGetsOneEmail() {
        List<String> addresses = List.of(newAddress(), newAddress());
        ActionRequested request = Actions.forwardToEmail(
                Actions.inbound(Actions.newNumber(), Actions.newNumber(), "OUI"), addresses);

        topics.send(request);

        ActionResult result = topics.awaitResult(request.eventId());
        assertEquals("2 emails sent", result.detail());
        addresses.forEach(address -> assertEquals(1, mailsTo(address).size(), address));
    }

    @Test
    void aRedeliveredEventSendsNoSecondEmail() {
        String address = newAddress();
        ActionRequested request = Actions.forwardToEmail(
                Actions.inbound(Actions.newNumber(), Actions.newNumber(), "OUI"), List.of(address));

        topics.send(request);
        topics.awaitResult(request.eventId());
        topics.send(request);

        topics.awaitResults(List.of(request.eventId()), 2);
        assertEquals(1, mailsTo(address).size());
    }

    @Test
    void aTemporarySmtpRefusalIsRetried() {
        String address = newAddress();
        SmtpStandIn.front().refuseNext("421 4.3.2 Service not available, try again later");
        ActionRequested request = Actions.forwardToEmail(
                Actions.inbound(Actions.newNumber(), Actions.newNumber(), "OUI"), List.of(address));

        assertDeliveredOnALaterAttempt(request, address);
    }

    @Test
    void anSmtpServerThatSaysNothingIsGivenUpOnAndTriedAgain() {
        String address = newAddress();
        SmtpStandIn.front().stallNext();
        ActionRequested request = Actions.forwardToEmail(
                Actions.inbound(Actions.newNumber(), Actions.newNumber(), "OUI"), List.of(address));

        // notifier.mail-timeout is 5 s in tests
        assertDeliveredOnALaterAttempt(request, address);
    }

    @Test
    void aPermanentSmtpRefusalFailsWithTheServersReason() {
        String address = newAddress();
        SmtpStandIn.front().refuseNext("554 5.3.2 No mail service here");
        ActionRequested request = Actions.forwardToEmail(
                Actions.inbound(Actions.newNumber(), Actions.newNumber(), "OUI"), List.of(address));

        topics.send(request);

        ActionResult result = topics.awaitResult(request.eventId());
        assertEquals(ResultStatus.FAILED, result.status());
        assertTrue(result.detail().startsWith("smtp 554"), result.detail());
        assertEquals(1, result.attempt());
        assertTrue(mailsTo(address).isEmpty());
    }

    private static String newAddress() {
        return "ops-" + UUID.randomUUID() + "@example.test";
    }

    private static List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(SmtpStandIn.greenMail().getReceivedMessages())
                .filter(mail -> isTo(mail, address))
                .toList();
    }

    private static boolean isTo(MimeMessage mail, String address) {
        try {
            return Arrays.stream(mail.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(address));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String part(MimeMultipart multipart, String type) throws Exception {
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.isMimeType(type)) {
                return part.getContent().toString();
            }
        }
        throw new AssertionError("no " + type + " part");
    }

    /** Sends the forward and expects one mail to {@code address}, delivered after at least one failed attempt. */
    private void assertDeliveredOnALaterAttempt(ActionRequested request, String address) {
        topics.send(request);

        ActionResult result = topics.awaitResult(request.eventId());
        assertEquals(ResultStatus.SUCCEEDED, result.status());
        // GreenMail itself now and then stalls a conversation (see SmtpStandIn): one more attempt then
        assertTrue(result.attempt() >= 2, "attempts: " + result.attempt());
        assertEquals(1, mailsTo(address).size());
    }
}
