package io.smsauto.notifier;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * GreenMail as the SMTP server, behind a {@link RefusingSmtpFront} so that tests can make it refuse
 * mail. Configured the way the contract check runs the system: host, port, from, mock off, and
 * quarkus-mailer's defaults otherwise (STARTTLS optional, no login) against a plain server.
 */
public class SmtpStandIn implements QuarkusTestResourceLifecycleManager {

    static final String FROM = "smsauto@example.test";

    private static GreenMail greenMail;
    private static RefusingSmtpFront front;

    static GreenMail greenMail() {
        return greenMail;
    }

    static RefusingSmtpFront front() {
        return front;
    }

    @Override
    public Map<String, String> start() {
        greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        greenMail.start();
        // now and then GreenMail and the Vert.x mail client each wait for the other (4 mails in 150 sent
        // straight to GreenMail stalled until GreenMail's client socket timeout, 30 s by default; none in
        // 150 against the contract check's SMTP sink): a short timeout turns the stall into a 421, which
        // the notifier retries
        greenMail.getSmtp().setClientSocketTimeout(3_000);
        front = RefusingSmtpFront.start(greenMail.getSmtp().getPort());
        return Map.of(
                "quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", String.valueOf(front.port()),
                "quarkus.mailer.from", FROM,
                "quarkus.mailer.mock", "false",
                // one connection per mail, so that a refusal set up by a test meets the next mail
                "quarkus.mailer.keep-alive", "false");
    }

    @Override
    public void stop() {
        if (front != null) {
            front.close();
        }
        if (greenMail != null) {
            greenMail.stop();
        }
    }
}
