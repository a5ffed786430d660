package io.smsauto.storm;

import io.smsauto.runner.LocalSystem;
import io.smsauto.runner.Service;
import java.time.Duration;
import java.util.Arrays;
import java.util.function.Consumer;

/** What goes wrong during the storm, once {@link #AT} of the webhooks have been accepted. */
enum Fault {
    NONE(null),
    KILL_MATCHER(Service.KEYWORD_MATCHER),
    KILL_NOTIFIER(Service.NOTIFIER_SERVICE),
    KILL_CONTACTS(Service.CONTACT_SERVICE),
    KILL_DISPATCHER(Service.ACTION_DISPATCHER),
    /** automation-admin consumes the results and matches for its execution history. */
    KILL_ADMIN(Service.AUTOMATION_ADMIN),
    BROKER_STOP(null),
    POSTGRES_RESTART(null),
    URL_TIMEOUT(null);

    static final double AT = 0.3;
    static final Duration BROKER_DOWN = Duration.ofSeconds(30);
    static final Duration KILLED_FOR = Duration.ofSeconds(5);
    /** Longer than action-dispatcher's 10 s timeout. */
    static final Duration URL_HOLD = Duration.ofSeconds(12);
    static final Duration URL_HANGS_FOR = Duration.ofSeconds(30);

    private final Service killed;

    Fault(Service killed) {
        this.killed = killed;
    }

    /** {@code kill-matcher} → KILL_MATCHER. */
    static Fault parse(String name) {
        try {
            return valueOf(name.toUpperCase().replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown fault " + name + "; one of " + Arrays.stream(values())
                    .map(f -> f.name().toLowerCase().replace('_', '-')).toList());
        }
    }

    /** Injects the fault and recovers from it; {@code log} gets a line per step. */
    void inject(LocalSystem system, StandIns standIns, Consumer<String> log) throws Exception {
        switch (this) {
            case NONE -> { }
            case BROKER_STOP -> {
                log.accept("stopping the Kafka broker for " + BROKER_DOWN.toSeconds() + " s");
                system.kafka().stop();
                Thread.sleep(BROKER_DOWN.toMillis());
                system.kafka().restart();
                log.accept("Kafka broker started again");
            }
            case POSTGRES_RESTART -> {
                log.accept("stopping PostgreSQL");
                system.postgres().stop();
                system.postgres().restart();
                log.accept("PostgreSQL started again");
            }
            case URL_TIMEOUT -> {
                log.accept("URL target holds every call " + URL_HOLD.toSeconds() + " s (then 503) for the next "
                        + URL_HANGS_FOR.toSeconds() + " s");
                standIns.hangUrlTarget(URL_HANGS_FOR, URL_HOLD);
            }
            default -> {
                log.accept("kill -9 " + killed.id());
                system.kill(killed);
                Thread.sleep(KILLED_FOR.toMillis());
                log.accept("restarting " + killed.id());
                system.restart(killed);
                log.accept(killed.id() + " ready again");
            }
        }
    }
}
