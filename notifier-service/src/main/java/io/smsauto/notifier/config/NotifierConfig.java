package io.smsauto.notifier.config;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;
import java.util.Optional;

/** How the notifier sends: concurrency, retries, the loop guard and the forward formats. */
@ConfigMapping(prefix = "notifier")
public interface NotifierConfig {

    /** Calls to Vonage or to the SMTP server, with their bookkeeping, running at once. */
    int concurrency();

    /**
     * Action events in progress per channel, those waiting for their turn or for a retry included;
     * it sizes the consumers' worker pool, whose size SmallRye also takes as the number of events it runs at once.
     */
    int inFlight();

    /** How long one email may take to hand over to the SMTP server before the attempt counts as failed. */
    Duration mailTimeout();

    /**
     * How long a call to the send log is retried while the database is unreachable (a claim holds its
     * event, an outcome holds the result of an SMS that left): long enough for a database restart.
     */
    Duration sendLogRetryFor();

    /**
     * Send-log writers working side by side, each a connection: more round trips at once, with smaller
     * batches, which cost PostgreSQL more per send. One keeps up on a local database; more may suit one
     * whose round trips are long.
     */
    int sendLogWriters();

    /** How long a send is kept (purged hourly): longer than the action topics keep their records. */
    Duration sendLogRetention();

    /**
     * When set, an SMS whose outcome a crash or a timeout left unknown is sent once more if no delivery
     * receipt settled it within this time. Only for an account whose every SMS taken by Vonage gets a
     * receipt: a receipt that never comes for an SMS that was sent makes it sent twice. Unset: never
     * sent again (DESIGN.md §6).
     */
    Optional<Duration> resendUnconfirmedAfter();

    Retry retry();

    LoopGuard loopGuard();

    Forward forward();

    /** Retries of a send that the provider refused for now (Vonage status 1 or 5, HTTP 5xx, no connection, SMTP 4xx). */
    interface Retry {

        /** Calls to the provider at most, the first included. */
        int maxAttempts();

        /** The wait after the first refusal; it doubles after each further one. */
        Duration initialBackoff();

        Duration maxBackoff();
    }

    /** DESIGN.md §6: no number receives more than {@code maxSms} automated SMS in {@code window}. */
    interface LoopGuard {

        int maxSms();

        Duration window();
    }

    /** The texts of forwards, with the placeholders of automation templates ({{from}}, {{to}}, {{text}}, …). */
    interface Forward {

        /** FORWARD_TO_MOBILE: the SMS each number receives. */
        String smsFormat();

        /** FORWARD_TO_EMAIL: the subject of the email. */
        String emailSubject();
    }
}
