package io.smsauto.dispatcher.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AddressPolicyTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
            "0.0.0.0          | an unspecified address",
            "0.1.2.3          | an unspecified address",
            "127.0.0.1        | a loopback address",
            "127.255.0.9      | a loopback address",
            "10.0.0.1         | a private address",
            "172.16.0.1       | a private address",
            "172.31.255.255   | a private address",
            "192.168.1.1      | a private address",
            "100.64.0.1       | a shared (carrier-grade NAT) address",
            "100.127.255.254  | a shared (carrier-grade NAT) address",
            "169.254.169.254  | a link-local address",
            "192.0.0.8        | an IETF protocol address",
            "198.18.0.1       | a benchmarking address",
            "224.0.0.1        | a multicast address",
            "239.255.255.250  | a multicast address",
            "240.0.0.1        | a reserved or broadcast address",
            "255.255.255.255  | a reserved or broadcast address",
            "::               | an unspecified address",
            "::1              | a loopback address",
            "::ffff:127.0.0.1 | a loopback address",
            "::ffff:10.1.2.3  | a private address",
            "::127.0.0.1      | an IPv4-compatible address (a loopback address)",
            "64:ff9b::a9fe:a9fe | a NAT64 address (a link-local address)",
            "2002:c0a8:0101::1  | a 6to4 address (a private address)",
            "2001:0:4136:e378:8000:63bf:3fff:fdd2 | a Teredo tunnel address",
            "fc00::1          | a unique local (private) address",
            "fd12:3456::1     | a unique local (private) address",
            "fe80::1          | a link-local address",
            "febf::1          | a link-local address",
            "fec0::1          | a site-local address",
            "ff02::1          | a multicast address"})
    void forbiddenAddressesAreRefusedWithTheirKind(String address, String reason) throws UnknownHostException {
        assertEquals(Optional.of(reason), AddressPolicy.forbidden(InetAddress.getByName(address)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.216.34", "8.8.8.8", "1.1.1.1", "172.15.255.255", "172.32.0.1", "100.63.255.255",
            "100.128.0.1", "192.169.0.1", "169.253.0.1", "223.255.255.255", "198.20.0.1", "2606:4700:4700::1111",
            "2a00:1450:4007:80e::200e", "::ffff:8.8.8.8", "64:ff9b::808:808", "2002:0808:0808::1"})
    void publicAddressesMayBeCalled(String address) throws UnknownHostException {
        assertTrue(AddressPolicy.forbidden(InetAddress.getByName(address)).isEmpty(), address);
    }
}
