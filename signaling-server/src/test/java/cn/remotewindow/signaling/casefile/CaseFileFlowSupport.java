package cn.remotewindow.signaling.casefile;

import cn.remotewindow.protocol.message.Priority;
import cn.remotewindow.protocol.message.Ring;
import cn.remotewindow.protocol.message.RingAccept;
import cn.remotewindow.protocol.message.ServiceRequest;
import cn.remotewindow.protocol.message.SessionEstablished;
import cn.remotewindow.signaling.party.Expert;
import cn.remotewindow.signaling.party.Kiosk;
import cn.remotewindow.signaling.record.SessionEvent;
import cn.remotewindow.signaling.record.SessionRecords;
import cn.remotewindow.signaling.security.AccessTokens;
import cn.remotewindow.signaling.testing.ServerTest;
import cn.remotewindow.signaling.testing.TestParty;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.reactive.server.WebTestClient;

/** A started server, a call for 户籍迁移 (PSB-HJQY, from the demo catalogue) and the HTTP side. */
abstract class CaseFileFlowSupport extends ServerTest {

    static final String ITEM = "PSB-HJQY";
    static final String CASE = "410702-2026-000777";

    @LocalServerPort
    int port;

    @Autowired
    AccessTokens accessTokens;

    @Autowired
    SessionRecords records;

    WebTestClient http;

    @BeforeEach
    void client() {
        // One request per connection: see cn.remotewindow.signaling.OneRequestPerConnection.
        http = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port)
                .defaultHeader("Connection", "close")
                .responseTimeout(Duration.ofSeconds(30)).build();
    }

    static String call(TestParty kiosk, TestParty expert) {
        kiosk.send(new ServiceRequest(ITEM, null, CASE, Priority.NORMAL));
        String sessionId = expert.await(Ring.class).sessionId();
        expert.send(sessionId, new RingAccept());
        kiosk.await(SessionEstablished.class);
        expert.await(SessionEstablished.class);
        return sessionId;
    }

    String kioskToken(String kioskId) {
        return accessTokens.issue(new Kiosk(kioskId, "自助终端 " + kioskId, "红旗区")).token();
    }

    String expertToken(String expertId) {
        return accessTokens.issue(new Expert(expertId, "专家 " + expertId, Set.of(ITEM))).token();
    }

    WebTestClient.ResponseSpec post(String token, String path, String contentType, byte[] body) {
        return http.post().uri(path).header("Authorization", "Bearer " + token)
                .header("Content-Type", contentType).bodyValue(body).exchange();
    }

    WebTestClient.ResponseSpec get(String token, String path) {
        return http.get().uri(path).header("Authorization", "Bearer " + token).exchange();
    }

    /** The session's recorded events of one kind, once the writer has committed them. */
    List<SessionEvent> recorded(String sessionId, SessionEvent.Kind kind) {
        return records.eventsOf(sessionId).stream().filter(e -> e.kind() == kind).toList();
    }
}
