package cn.remotewindow.signaling.ws;

import static org.assertj.core.api.Assertions.assertThat;

import cn.remotewindow.protocol.ErrorCode;
import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.message.Auth;
import cn.remotewindow.protocol.message.AuthOk;
import cn.remotewindow.protocol.message.Chat;
import cn.remotewindow.protocol.message.ErrorReply;
import cn.remotewindow.signaling.TestTokens;
import cn.remotewindow.signaling.auth.InMemoryTicketLedger;
import cn.remotewindow.signaling.auth.JwtKey;
import cn.remotewindow.signaling.auth.SignalingTickets;
import cn.remotewindow.signaling.config.WindowProperties;
import cn.remotewindow.signaling.party.Expert;
import cn.remotewindow.signaling.party.Kiosk;
import cn.remotewindow.signaling.security.AccessTokens;
import io.netty.channel.embedded.EmbeddedChannel;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class AuthHandlerTest {

    private static final String SECRET = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String OTHER_SECRET = Base64.getEncoder().encodeToString("another key of thirty-two bytes!".getBytes());

    private final Clock clock = Clock.systemUTC();
    private final SignalingTickets tickets = tickets(SECRET, clock);
    private final RecordingSignaling signaling = new RecordingSignaling();

    private static SignalingTickets tickets(String secret, Clock clock) {
        WindowProperties.Auth auth = new WindowProperties.Auth(secret, "remote-window", Duration.ofHours(1),
                Duration.ofHours(1), Duration.ofHours(1), Duration.ofSeconds(60), 4);
        return new SignalingTickets(JwtKey.from(auth), "remote-window", Duration.ofSeconds(60),
                new InMemoryTicketLedger(clock), clock);
    }

    private EmbeddedChannel channel() {
        return new EmbeddedChannel(new EnvelopeFrameCodec(Frames.CODEC),
                new AuthHandler(tickets, signaling, Duration.ofSeconds(10), Duration.ofSeconds(15), clock),
                new SignalingHandler(signaling));
    }

    @Test
    void aValidTicketAuthenticatesAndTheGuardStepsAside() {
        EmbeddedChannel channel = channel();
        channel.writeInbound(Frames.text(new Auth(tickets.issue(new Kiosk("k1", "终端一", "红旗区")).token())));

        AuthOk ok = (AuthOk) Frames.nextOut(channel).body();
        assertThat(ok.role()).isEqualTo(Role.KIOSK);
        assertThat(ok.id()).isEqualTo("k1");
        assertThat(ok.district()).isEqualTo("红旗区");
        assertThat(ok.heartbeatSeconds()).isEqualTo(15);
        assertThat(signaling.connected).singleElement().satisfies(c -> assertThat(c.party().id()).isEqualTo("k1"));
        assertThat(channel.pipeline().get(AuthHandler.class)).isNull();

        channel.writeInbound(Frames.text("s1", new Chat("你好", null, null)));
        assertThat(signaling.received).hasSize(1);
        channel.close();
        assertThat(signaling.disconnected).hasSize(1);
    }

    @Test
    void theExpertsSkillsComeFromTheTicket() {
        EmbeddedChannel channel = channel();
        channel.writeInbound(Frames.text(new Auth(tickets.issue(new Expert("e1", "王专家", Set.of("B", "A"))).token())));
        AuthOk ok = (AuthOk) Frames.nextOut(channel).body();
        assertThat(ok.skills()).isEqualTo(List.of("A", "B"));
    }

    @Test
    void anyOtherFirstMessageIsRefusedAndNotActedOn() {
        EmbeddedChannel channel = channel();
        channel.writeInbound(Frames.text("s1", new Chat("hello", null, null)));
        assertThat(((ErrorReply) Frames.nextOut(channel).body()).code()).isEqualTo(ErrorCode.NOT_AUTHENTICATED);
        assertThat(channel.isActive()).isTrue();
        assertThat(signaling.received).isEmpty();
        assertThat(signaling.connected).isEmpty();
    }

    @Test
    void aForgedTicketIsRefusedAndTheConnectionClosed() {
        String forged = tickets(OTHER_SECRET, clock).issue(new Kiosk("k1", "终端一", "红旗区")).token();
        EmbeddedChannel channel = channel();
        channel.writeInbound(Frames.text(new Auth(forged)));
        assertThat(((ErrorReply) Frames.nextOut(channel).body()).code()).isEqualTo(ErrorCode.TOKEN_INVALID);
        assertThat(channel.isActive()).isFalse();
        assertThat(signaling.connected).isEmpty();
    }

    /** An auditor takes no part in calls: neither their access token nor a ticket naming the role opens a connection. */
    @Test
    void anAuditorsTokenOpensNoConnection() {
        WindowProperties.Auth auth = new WindowProperties.Auth(SECRET, "remote-window", Duration.ofHours(1),
                Duration.ofHours(1), Duration.ofHours(1), Duration.ofSeconds(60), 4);
        JwtKey key = JwtKey.from(auth);
        String accessToken = new AccessTokens(key, auth, clock).issueAdmin("auditor", "审计员").token();
        String adminTicket = TestTokens.sign(key.secretKey(), TestTokens.accessClaims("ADMIN", Instant.now().plusSeconds(60))
                .audience("signaling").build());

        for (String token : List.of(accessToken, adminTicket)) {
            EmbeddedChannel channel = channel();
            channel.writeInbound(Frames.text(new Auth(token)));
            assertThat(((ErrorReply) Frames.nextOut(channel).body()).code()).isEqualTo(ErrorCode.TOKEN_INVALID);
            assertThat(channel.isActive()).isFalse();
        }
        assertThat(signaling.connected).isEmpty();
    }

    @Test
    void anExpiredTicketIsRefused() {
        Clock past = Clock.fixed(Instant.now().minus(Duration.ofMinutes(5)), ZoneOffset.UTC);
        String old = tickets(SECRET, past).issue(new Kiosk("k1", "终端一", "红旗区")).token();
        EmbeddedChannel channel = channel();
        channel.writeInbound(Frames.text(new Auth(old)));
        assertThat(((ErrorReply) Frames.nextOut(channel).body()).code()).isEqualTo(ErrorCode.TOKEN_EXPIRED);
        assertThat(channel.isActive()).isFalse();
    }

    @Test
    void aTicketWorksOnce() {
        String ticket = tickets.issue(new Kiosk("k1", "终端一", "红旗区")).token();
        EmbeddedChannel first = channel();
        first.writeInbound(Frames.text(new Auth(ticket)));
        assertThat(Frames.nextOut(first).body()).isInstanceOf(AuthOk.class);
        EmbeddedChannel second = channel();
        second.writeInbound(Frames.text(new Auth(ticket)));
        assertThat(((ErrorReply) Frames.nextOut(second).body()).code()).isEqualTo(ErrorCode.TOKEN_REPLAYED);
        assertThat(second.isActive()).isFalse();
    }

    @Test
    void aConnectionThatNeverAuthenticatesIsClosedAtTheDeadline() {
        EmbeddedChannel channel = channel();
        channel.advanceTimeBy(9, TimeUnit.SECONDS);
        channel.runScheduledPendingTasks();
        assertThat(channel.isActive()).isTrue();
        channel.advanceTimeBy(2, TimeUnit.SECONDS);
        channel.runScheduledPendingTasks();
        assertThat(channel.isActive()).isFalse();
    }
}
