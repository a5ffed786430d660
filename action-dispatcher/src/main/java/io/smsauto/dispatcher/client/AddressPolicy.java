package io.smsauto.dispatcher.client;

import java.net.InetAddress;
import java.util.Arrays;
import java.util.Optional;

/**
 * Which addresses an outbound call may not reach unless private targets are allowed: loopback,
 * private, shared (CGNAT), link-local, multicast, unspecified and reserved ranges, in IPv4 and IPv6,
 * including IPv4 addresses wrapped in IPv6 (mapped, compatible, NAT64, 6to4).
 */
public final class AddressPolicy {

    private AddressPolicy() {
    }

    /** Why {@code address} may not be called, or empty when it may. */
    public static Optional<String> forbidden(InetAddress address) {
        byte[] bytes = address.getAddress();
        return Optional.ofNullable(bytes.length == 4 ? ipv4(bytes, 0) : ipv6(bytes));
    }

    private static String ipv4(byte[] b, int at) {
        int a = b[at] & 0xff;
        int c = b[at + 1] & 0xff;
        if (a == 0) {
            return "an unspecified address";
        }
        if (a == 127) {
            return "a loopback address";
        }
        if (a == 10 || (a == 172 && c >= 16 && c <= 31) || (a == 192 && c == 168)) {
            return "a private address";
        }
        if (a == 100 && c >= 64 && c <= 127) {
            return "a shared (carrier-grade NAT) address";
        }
        if (a == 169 && c == 254) {
            return "a link-local address";
        }
        if (a == 192 && c == 0 && (b[at + 2] & 0xff) == 0) {
            return "an IETF protocol address";
        }
        if (a == 198 && (c == 18 || c == 19)) {
            return "a benchmarking address";
        }
        if (a >= 224 && a <= 239) {
            return "a multicast address";
        }
        if (a >= 240) {
            return "a reserved or broadcast address";
        }
        return null;
    }

    private static String ipv6(byte[] b) {
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        if (allZero(b, 0, 16)) {
            return "an unspecified address";
        }
        if (allZero(b, 0, 15) && b[15] == 1) {
            return "a loopback address";
        }
        if (allZero(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
            return embedded(b, 12, "an IPv4-mapped address");
        }
        if (allZero(b, 0, 12)) {
            return embedded(b, 12, "an IPv4-compatible address");
        }
        if (first == 0x00 && second == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b && allZero(b, 4, 12)) {
            return embedded(b, 12, "a NAT64 address");
        }
        if (first == 0x20 && second == 0x02) {
            return embedded(b, 2, "a 6to4 address");
        }
        if (first == 0x20 && second == 0x01 && b[2] == 0 && b[3] == 0) {
            return "a Teredo tunnel address";
        }
        if ((first & 0xfe) == 0xfc) {
            return "a unique local (private) address";
        }
        if (first == 0xfe && (second & 0xc0) == 0x80) {
            return "a link-local address";
        }
        if (first == 0xfe && (second & 0xc0) == 0xc0) {
            return "a site-local address";
        }
        if (first == 0xff) {
            return "a multicast address";
        }
        return null;
    }

    /** An IPv4 address inside an IPv6 one is judged as the IPv4 address it leads to. */
    private static String embedded(byte[] b, int at, String kind) {
        String reason = ipv4(b, at);
        return reason == null ? null : kind + " (" + reason + ")";
    }

    private static boolean allZero(byte[] b, int from, int to) {
        byte[] zeros = new byte[to - from];
        return Arrays.equals(b, from, to, zeros, 0, zeros.length);
    }
}
