package io.smsauto.dispatcher.service;

import io.quarkus.logging.Log;
import io.smsauto.dispatcher.Call;
import io.smsauto.dispatcher.config.DispatcherConfig;
import io.smsauto.dispatcher.repository.CallRepository;
import io.smsauto.events.ActionRequested;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Takes the events of one Kafka poll: stores those not seen before (a redelivered event is
 * recognised by its id and not called again), leased to this replica, and hands them to the engine.
 * Returns once they are stored, so the poll is committed only then. While the engine holds as many
 * calls as it may, it waits; while the database is unreachable, it tries again.
 */
@ApplicationScoped
public class CallIntake {

    private static final int CHUNK = 250;
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    private final CallRepository calls;
    private final DispatchEngine engine;
    private final PendingCapacity capacity;
    private final Duration lease;

    public CallIntake(CallRepository calls, DispatchEngine engine, PendingCapacity capacity, DispatcherConfig config) {
        this.calls = calls;
        this.engine = engine;
        this.capacity = capacity;
        this.lease = config.lease();
    }

    /** An event as it came: its JSON and what it holds. */
    public record Received(String json, ActionRequested event) {
    }

    public void accept(List<Received> events) throws InterruptedException {
        Map<String, Received> byId = new LinkedHashMap<>();
        events.forEach(received -> byId.putIfAbsent(received.event().eventId(), received));
        List<Received> all = new ArrayList<>(byId.values());
        int chunk = Math.min(CHUNK, capacity.max());
        for (int from = 0; from < all.size(); from += chunk) {
            List<Received> part = all.subList(from, Math.min(all.size(), from + chunk));
            capacity.acquire(part.size());
            List<Call> stored = storeNew(leased(part));
            capacity.release(part.size() - stored.size());
            stored.forEach(engine::submit);
        }
    }

    private List<Call> leased(List<Received> part) {
        String token = UUID.randomUUID().toString();
        Instant leaseUntil = Instant.now().plus(lease);
        return part.stream()
                .map(received -> new Call(received.event().eventId(), received.json(), received.event(), token,
                        leaseUntil, 0, null))
                .toList();
    }

    private List<Call> storeNew(List<Call> part) throws InterruptedException {
        Duration backoff = Duration.ofMillis(200);
        while (true) {
            try {
                return calls.insertNew(part, Instant.now());
            } catch (RuntimeException e) {
                Log.warnf("Cannot store %d forward-to-url events (%s); trying again in %s", part.size(), e.toString(), backoff);
                Thread.sleep(backoff.toMillis());
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
        }
    }
}
