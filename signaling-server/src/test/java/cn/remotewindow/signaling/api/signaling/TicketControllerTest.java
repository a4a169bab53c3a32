package cn.remotewindow.signaling.api.signaling;

import static org.assertj.core.api.Assertions.assertThat;

import cn.remotewindow.signaling.HttpApiTest;
import cn.remotewindow.signaling.TestTokens;
import cn.remotewindow.signaling.auth.JwtKey;
import cn.remotewindow.signaling.auth.SignalingTickets;
import cn.remotewindow.signaling.party.Expert;
import cn.remotewindow.signaling.party.Kiosk;
import cn.remotewindow.signaling.party.Party;
import cn.remotewindow.signaling.ws.SignalingServer;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

@HttpApiTest
class TicketControllerTest {

    @Autowired
    WebTestClient client;
    @Autowired
    SignalingTickets signalingTickets;
    @Autowired
    SignalingServer signalingServer;
    @Autowired
    JwtKey jwtKey;

    @Test
    void anExpertTicketVerifiesAsThatExpert() {
        String accessToken = TestTokens.expertToken(client, "zhaolei", "demo-zhaolei");

        TicketResponse ticket = ticket(accessToken);

        Party party = signalingTickets.verify(ticket.ticket());
        assertThat(party).isInstanceOfSatisfying(Expert.class, expert -> {
            assertThat(expert.id()).isEqualTo("zhaolei");
            assertThat(expert.displayName()).isEqualTo("赵磊");
            assertThat(expert.skills()).containsExactlyInAnyOrder("MARKET", "MARKET-QYKB", "MARKET-GTDJ");
        });
        assertThat(ticket.expiresAt()).isBetween(Instant.now(), Instant.now().plus(Duration.ofSeconds(61)));
    }

    @Test
    void aKioskTicketVerifiesAsThatKiosk() {
        String accessToken = TestTokens.kioskToken(client, "kiosk-muye-01", "demo-kiosk-muye-01");

        Party party = signalingTickets.verify(ticket(accessToken).ticket());

        assertThat(party).isEqualTo(new Kiosk("kiosk-muye-01", "牧野区王村镇便民服务中心 自助终端", "牧野区"));
    }

    @Test
    void theUrlPointsAtTheSignalingPortOnTheHostTheClientUsed() {
        String accessToken = TestTokens.kioskToken(client, "kiosk-weibin-01", "demo-kiosk-weibin-01");

        TicketResponse ticket = ticket(accessToken);

        assertThat(signalingServer.port()).isPositive();
        assertThat(ticket.url()).isEqualTo("ws://localhost:" + signalingServer.port() + "/signal");
    }

    @Test
    void eachCallGivesAFreshSingleUseTicket() {
        String accessToken = TestTokens.expertToken(client, "zhangwei", "demo-zhangwei");

        String first = ticket(accessToken).ticket();
        String second = ticket(accessToken).ticket();

        assertThat(second).isNotEqualTo(first);
        signalingTickets.verify(first);
        signalingTickets.verify(second);
    }

    @Test
    void anAdminGetsNoTicket() {
        String admin = TestTokens.sign(jwtKey.secretKey(),
                TestTokens.accessClaims("ADMIN", Instant.now().plusSeconds(600)).build());

        client.post().uri("/api/signaling/ticket").headers(h -> h.setBearerAuth(admin))
                .exchange()
                .expectStatus().isForbidden();
    }

    private TicketResponse ticket(String accessToken) {
        return client.post().uri("/api/signaling/ticket")
                .headers(h -> h.setBearerAuth(accessToken))
                .exchange()
                .expectStatus().isOk()
                .expectBody(TicketResponse.class).returnResult().getResponseBody();
    }
}
