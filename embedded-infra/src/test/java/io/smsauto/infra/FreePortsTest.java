package io.smsauto.infra;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

class FreePortsTest {

    @Test
    void aPickedPortIsBelowTheEphemeralRangeAndCanBeBound() throws Exception {
        int port = FreePorts.pick();

        assertTrue(port >= FreePorts.LOWEST && port < FreePorts.ephemeralStart(), String.valueOf(port));
        try (ServerSocket server = new ServerSocket(port)) {
            assertTrue(server.isBound());
        }
    }

    @Test
    void aPortInUseIsNotFree() throws Exception {
        try (ServerSocket server = new ServerSocket(FreePorts.pick())) {
            assertFalse(FreePorts.isFree(server.getLocalPort()));
        }
    }
}
