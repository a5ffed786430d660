package io.smsauto.dispatcher.service;

import io.smsauto.dispatcher.DeadLetter;
import io.smsauto.dispatcher.repository.CallRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/**
 * The dead letters: calls that failed for good. A replay puts one back in the queue with its event
 * id and a fresh set of attempts; the poller picks it up within {@code poll-interval}.
 */
@ApplicationScoped
public class DeadLetterService {

    private final CallRepository calls;

    public DeadLetterService(CallRepository calls) {
        this.calls = calls;
    }

    public record Page(List<DeadLetter> items, long total) {
    }

    public Page page(String host, int page, int size) {
        return new Page(calls.deadLetters(host, page * size, size), calls.countDeadLetters(host));
    }

    /** False when there is no dead letter with this id (there never was, or it is being replayed). */
    public boolean replay(String eventId) {
        return calls.replay(eventId, Instant.now());
    }

    public int replayHost(String host) {
        return calls.replayHost(host, Instant.now());
    }
}
