package io.smsauto.notifier;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * A TCP front for an SMTP server: it passes connections through, except that it can greet the next
 * ones with a refusal (e.g. {@code 421} for now, {@code 554} for good) and hang up, as a busy or
 * broken mail server does, or take one and never say a word.
 */
final class RefusingSmtpFront implements AutoCloseable {

    private final ServerSocket server;
    private final int targetPort;
    private final Queue<Mishap> mishaps = new ConcurrentLinkedQueue<>();
    private final Queue<Socket> silent = new ConcurrentLinkedQueue<>();

    /** What happens to one connection instead of being passed through. */
    private interface Mishap {
        void befall(Socket client) throws IOException;
    }

    private RefusingSmtpFront(ServerSocket server, int targetPort) {
        this.server = server;
        this.targetPort = targetPort;
    }

    static RefusingSmtpFront start(int targetPort) {
        try {
            RefusingSmtpFront front = new RefusingSmtpFront(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()),
                    targetPort);
            Thread acceptor = new Thread(front::acceptUntilClosed, "smtp-front");
            acceptor.setDaemon(true);
            acceptor.start();
            return front;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int port() {
        return server.getLocalPort();
    }

    /** The next connection is greeted with {@code reply} (e.g. "421 4.3.2 try later") and closed. */
    void refuseNext(String reply) {
        mishaps.add(client -> refuse(client, reply));
    }

    /** The next connection is accepted and left without a greeting. */
    void stallNext() {
        mishaps.add(silent::add);
    }

    private void acceptUntilClosed() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Mishap mishap = mishaps.poll();
                if (mishap != null) {
                    mishap.befall(client);
                } else {
                    relay(client);
                }
            } catch (IOException e) {
                if (!server.isClosed()) {
                    e.printStackTrace();
                }
            }
        }
    }

    private static void refuse(Socket client, String reply) throws IOException {
        try (client) {
            client.getOutputStream().write((reply + "\r\n").getBytes(StandardCharsets.US_ASCII));
            client.getOutputStream().flush();
        }
    }

    private void relay(Socket client) throws IOException {
        Socket target = new Socket(InetAddress.getLoopbackAddress(), targetPort);
        pump(client, target);
        pump(target, client);
    }

    private static void pump(Socket from, Socket to) {
        Thread thread = new Thread(() -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException e) {
                // the other side hung up
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "smtp-front-pump");
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // closing anyway
        }
    }

    @Override
    public void close() {
        silent.forEach(RefusingSmtpFront::closeQuietly);
        try {
            server.close();
        } catch (IOException e) {
            // closing anyway
        }
    }
}
