package cn.remotewindow.signaling.ws;

import static org.assertj.core.api.Assertions.assertThat;

import cn.remotewindow.protocol.CloseCode;
import cn.remotewindow.protocol.ErrorCode;
import cn.remotewindow.protocol.message.Auth;
import cn.remotewindow.protocol.message.AuthOk;
import cn.remotewindow.protocol.message.Chat;
import cn.remotewindow.protocol.message.ErrorReply;
import cn.remotewindow.protocol.message.ExpertState;
import cn.remotewindow.protocol.message.PresenceSet;
import cn.remotewindow.protocol.message.Priority;
import cn.remotewindow.protocol.message.RingAccept;
import cn.remotewindow.protocol.message.ServiceRequest;
import cn.remotewindow.signaling.auth.InMemoryTicketLedger;
import cn.remotewindow.signaling.auth.JwtKey;
import cn.remotewindow.signaling.auth.SignalingTickets;
import cn.remotewindow.signaling.config.WindowProperties;
import cn.remotewindow.signaling.party.Expert;
import cn.remotewindow.signaling.party.Kiosk;
import cn.remotewindow.signaling.testing.Parties;
import cn.remotewindow.signaling.testing.ServerTest;
import cn.remotewindow.signaling.testing.TestParty;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every kind of bad input over a real connection gets its documented error or close code, and a
 * call in progress elsewhere goes on untouched.
 */
class BadInputTest extends ServerTest {

    @Autowired
    JwtKey jwtKey;

    @Autowired
    WindowProperties properties;

    private static final String SID = "00000000-0000-0000-0000-000000000000";

    private ErrorCode errorFor(TestParty party, String frame) {
        party.connection().sendText(frame);
        return ((ErrorReply) party.await(ErrorReply.class).body()).code();
    }

    @Test
    void malformedFramesAreAnsweredAndTheConnectionStaysUsable() {
        TestParty kiosk = parties.kiosk("bad-k1");
        assertThat(errorFor(kiosk, "{not json")).isEqualTo(ErrorCode.MALFORMED_JSON);
        assertThat(errorFor(kiosk, "[]")).isEqualTo(ErrorCode.MALFORMED_JSON);
        assertThat(errorFor(kiosk, "{\"v\":9,\"type\":\"chat\"}")).isEqualTo(ErrorCode.UNSUPPORTED_VERSION);
        assertThat(errorFor(kiosk, "{\"v\":1,\"type\":\"warp\",\"id\":\"w1\"}")).isEqualTo(ErrorCode.UNKNOWN_TYPE);
        assertThat(errorFor(kiosk, "{\"v\":1,\"type\":\"service.request\",\"body\":{}}")).isEqualTo(ErrorCode.MISSING_FIELD);
        assertThat(errorFor(kiosk, "{\"v\":1,\"type\":\"chat\",\"body\":{\"text\":\"hi\"}}")).isEqualTo(ErrorCode.MISSING_FIELD);
        assertThat(errorFor(kiosk, "{\"v\":1,\"type\":\"service.request\",\"body\":{\"itemCode\":\"<script>\"}}"))
                .isEqualTo(ErrorCode.INVALID_FIELD);
        assertThat(errorFor(kiosk, "{\"v\":1,\"type\":\"chat\",\"sessionId\":\"" + SID + "\",\"body\":{\"text\":\""
                + "长".repeat(Chat.MAX_LENGTH + 1) + "\"}}")).isEqualTo(ErrorCode.FIELD_TOO_LONG);
        kiosk.connection().sendFrame(new BinaryWebSocketFrame(Unpooled.wrappedBuffer(new byte[] {0, 1})));
        assertThat(((ErrorReply) kiosk.await(ErrorReply.class).body()).code()).isEqualTo(ErrorCode.MALFORMED_JSON);

        // Still a working connection: a proper request goes through.
        kiosk.send(new ServiceRequest("BAD", null, null, Priority.NORMAL));
        kiosk.await(cn.remotewindow.protocol.message.SessionStatus.class);
    }

    @Test
    void errorsCarryTheCorrelationIdBack() {
        TestParty kiosk = parties.kiosk("corr-k1");
        kiosk.connection().sendText("{\"v\":1,\"type\":\"warp\",\"id\":\"my-42\"}");
        assertThat(kiosk.await(ErrorReply.class).id()).isEqualTo("my-42");
    }

    @Test
    void messagesARoleMayNotSendAreRefusedAndNotActedOn() {
        TestParty kiosk = parties.kiosk("role-k1");
        TestParty expert = parties.expert("role-e1", "ROLE");
        String id = kiosk.send(SID, new RingAccept());
        assertThat(kiosk.awaitError(ErrorCode.ROLE_NOT_ALLOWED).id()).isEqualTo(id);
        expert.send(new ServiceRequest("ROLE", null, null, Priority.NORMAL));
        expert.awaitError(ErrorCode.ROLE_NOT_ALLOWED);
        kiosk.send(new PresenceSet(ExpertState.AVAILABLE));
        kiosk.awaitError(ErrorCode.ROLE_NOT_ALLOWED);
        kiosk.connection().sendText("{\"v\":1,\"type\":\"ring\",\"sessionId\":\"" + SID + "\",\"body\":{}}");
        kiosk.awaitError(ErrorCode.ROLE_NOT_ALLOWED);
        expert.assertNone(cn.remotewindow.protocol.message.Ring.class, Duration.ofMillis(200));
    }

    @Test
    void authenticatingTwiceIsRefused() {
        TestParty kiosk = parties.kiosk("twice-auth-k1");
        kiosk.send(new Auth(parties.ticketFor(new Kiosk("other", "x", "y"))));
        kiosk.awaitError(ErrorCode.ALREADY_AUTHENTICATED);
    }

    @Test
    void messagesBeforeAuthenticationAreRefused() {
        TestParty anonymous = parties.anonymous();
        anonymous.send(new ServiceRequest("X", null, null, Priority.NORMAL));
        anonymous.awaitError(ErrorCode.NOT_AUTHENTICATED);
        assertThat(anonymous.isOpen()).isTrue();
    }

    @Test
    void aForgedTicketClosesTheConnection() {
        WindowProperties.Auth other = new WindowProperties.Auth(
                Base64.getEncoder().encodeToString("some other key, thirty-two bytes".getBytes()), "remote-window",
                Duration.ofHours(1), Duration.ofHours(1), Duration.ofHours(1), Duration.ofSeconds(60), 4);
        SignalingTickets forger = new SignalingTickets(JwtKey.from(other), "remote-window", Duration.ofSeconds(60),
                new InMemoryTicketLedger(Clock.systemUTC()), Clock.systemUTC());
        TestParty anonymous = parties.anonymous();
        anonymous.send(new Auth(forger.issue(new Expert("mallory", "x", Set.of("ALL"))).token()));
        anonymous.awaitError(ErrorCode.TOKEN_INVALID);
        assertThat(anonymous.awaitClose()).isEqualTo(CloseCode.AUTH_FAILED.code());
    }

    @Test
    void anExpiredTicketClosesTheConnection() {
        Clock past = Clock.fixed(Instant.now().minus(Duration.ofMinutes(10)), ZoneOffset.UTC);
        SignalingTickets old = new SignalingTickets(jwtKey, properties.auth().issuer(), Duration.ofSeconds(60),
                new InMemoryTicketLedger(past), past);
        TestParty anonymous = parties.anonymous();
        anonymous.send(new Auth(old.issue(new Kiosk("k-old", "x", "红旗区")).token()));
        anonymous.awaitError(ErrorCode.TOKEN_EXPIRED);
        assertThat(anonymous.awaitClose()).isEqualTo(CloseCode.AUTH_FAILED.code());
    }

    @Test
    void aReplayedTicketClosesTheConnection() {
        String ticket = parties.ticketFor(new Kiosk("k-replay", "x", "红旗区"));
        TestParty first = parties.anonymous();
        first.send(new Auth(ticket));
        first.await(AuthOk.class);
        TestParty replay = parties.anonymous();
        replay.send(new Auth(ticket));
        replay.awaitError(ErrorCode.TOKEN_REPLAYED);
        assertThat(replay.awaitClose()).isEqualTo(CloseCode.AUTH_FAILED.code());
        assertThat(first.isOpen()).isTrue();
    }

    @Test
    void anOversizeFrameClosesTheConnectionWith1009() {
        TestParty kiosk = parties.kiosk("big-k1");
        kiosk.connection().sendText("{\"v\":1,\"type\":\"chat\",\"body\":{\"text\":\"" + "x".repeat(70_000) + "\"}}");
        assertThat(kiosk.awaitClose()).isEqualTo(CloseCode.MESSAGE_TOO_BIG.code());
    }

    @Test
    void aFloodIsRateLimitedThenClosedWhileOtherCallsGoOn() {
        TestParty expert = parties.expert("flood-e1", "FLOOD");
        TestParty kiosk = parties.kiosk("flood-k1");
        String sessionId = Parties.call(kiosk, expert, "FLOOD");

        TestParty flooder = parties.kiosk("flood-k2");
        for (int i = 0; i < 500 && flooder.isOpen(); i++) {
            flooder.connection().sendText("{\"v\":1,\"type\":\"warp\"}");
        }
        flooder.awaitError(ErrorCode.RATE_LIMITED);
        assertThat(flooder.awaitClose()).isEqualTo(CloseCode.RATE_LIMIT_EXCEEDED.code());

        kiosk.send(sessionId, new Chat("还在吗", null, null));
        assertThat(expert.awaitBody(Chat.class).text()).isEqualTo("还在吗");
    }

    @Test
    void aSecondConnectionOfTheSamePartyReplacesTheFirst() {
        TestParty first = parties.kiosk("same-k1");
        TestParty second = parties.kiosk("same-k1");
        assertThat(first.awaitClose()).isEqualTo(CloseCode.SUPERSEDED.code());
        second.send(new ServiceRequest("SAME", null, null, Priority.NORMAL));
        second.await(cn.remotewindow.protocol.message.SessionStatus.class);
    }
}
