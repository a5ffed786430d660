package io.smsauto.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Free TCP ports for servers started later (a broker, a database, a service's JVM).
 * <p>
 * Picked below the ephemeral range, from which every outgoing connection on the machine takes its
 * source port: a port picked there and released could be taken by any client's connection in the
 * seconds before the server binds it.
 */
public final class FreePorts {

    /** The lowest port picked; under it are the well-known and registered ports servers often use. */
    static final int LOWEST = 20_000;
    private static final Path EPHEMERAL_RANGE = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
    /** Linux's default start of the ephemeral range, when the machine does not say. */
    private static final int EPHEMERAL_START = 32_768;
    private static final int ATTEMPTS = 200;

    private FreePorts() {
    }

    public static int pick() {
        int below = ephemeralStart();
        for (int attempt = 0; below - LOWEST > ATTEMPTS && attempt < ATTEMPTS; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(LOWEST, below);
            if (isFree(port)) {
                return port;
            }
        }
        return anyFree(); // a machine whose ephemeral range leaves no room below it
    }

    /** {@code port} itself, or a free one when it is 0. */
    public static int orPick(int port) {
        return port == 0 ? pick() : port;
    }

    /** The first port of the machine's ephemeral range. */
    static int ephemeralStart() {
        try {
            // readAllLines, not readString: a /proc file reports size 0, and readString gave "3" for "32768 60999"
            return Integer.parseInt(Files.readAllLines(EPHEMERAL_RANGE).get(0).trim().split("\\s+")[0]);
        } catch (IOException | RuntimeException e) {
            return EPHEMERAL_START;
        }
    }

    static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int anyFree() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on loopback", e);
        }
    }
}
