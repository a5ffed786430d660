package io.smsauto.dispatcher.client;

import io.smsauto.dispatcher.config.DispatcherConfig;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The address one attempt connects to: the host is resolved here, every address it resolves to is
 * checked against {@link AddressPolicy}, and the call then connects to the checked address itself
 * (the url's host name still goes in the Host header and TLS SNI). A name that resolves to a public
 * address now and to a private one later is checked again at every attempt, so DNS rebinding cannot
 * lead a call to an address that was not checked.
 */
@ApplicationScoped
public class TargetResolver {

    /** Answers are kept as long as the JVM keeps them by default, to save a thread hop per call. */
    private static final long CACHE_NANOS = 30_000_000_000L;

    private final Vertx vertx;
    private final boolean allowPrivate;
    private final Map<String, Resolved> cache = new ConcurrentHashMap<>();

    public TargetResolver(CallEventLoops loops, DispatcherConfig config) {
        this.vertx = loops.vertx();
        this.allowPrivate = config.allowPrivate();
    }

    /** Fails with {@link BlockedTargetException} when no address of {@code host} may be called. */
    public Future<InetAddress> resolve(String host) {
        Resolved known = cache.get(host);
        Future<List<InetAddress>> addresses = known != null && known.expiresAt - System.nanoTime() > 0
                ? Future.succeededFuture(known.addresses)
                : vertx.executeBlocking(() -> lookUp(host), false);
        return addresses.map(all -> pick(host, all));
    }

    private List<InetAddress> lookUp(String host) throws Exception {
        List<InetAddress> addresses = List.of(InetAddress.getAllByName(host));
        cache.put(host, new Resolved(addresses, System.nanoTime() + CACHE_NANOS));
        return addresses;
    }

    private InetAddress pick(String host, List<InetAddress> addresses) {
        if (allowPrivate) {
            return addresses.get(0);
        }
        List<String> refused = new ArrayList<>();
        for (InetAddress address : addresses) {
            Optional<String> reason = AddressPolicy.forbidden(address);
            if (reason.isEmpty()) {
                return address;
            }
            refused.add(address.getHostAddress() + " is " + reason.get());
        }
        throw new BlockedTargetException("blocked: " + host + " resolves only to addresses that are not called ("
                + String.join(", ", refused) + ")");
    }

    private record Resolved(List<InetAddress> addresses, long expiresAt) {
    }
}
