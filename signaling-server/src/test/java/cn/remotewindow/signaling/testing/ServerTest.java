package cn.remotewindow.signaling.testing;

import cn.remotewindow.signaling.auth.SignalingTickets;
import cn.remotewindow.signaling.ws.SignalingServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A started server (HTTP and WebSocket on free ports, no demo accounts) and real WebSocket
 * clients against it. Subclasses add properties with {@code @TestPropertySource}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"window.signaling.port=0", "window.demo.enabled=false"})
public abstract class ServerTest {

    @Autowired
    protected SignalingServer server;

    @Autowired
    protected SignalingTickets tickets;

    protected Parties parties;

    @BeforeEach
    void openParties() {
        parties = new Parties(server, tickets);
    }

    @AfterEach
    void closeParties() {
        parties.close();
    }
}
