package cn.remotewindow.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.remotewindow.protocol.message.Auth;
import cn.remotewindow.protocol.message.CaseOutcome;
import cn.remotewindow.protocol.message.Chat;
import cn.remotewindow.protocol.message.EndReason;
import cn.remotewindow.protocol.message.HandoverNote;
import cn.remotewindow.protocol.message.InvitePhase;
import cn.remotewindow.protocol.message.InviteStatus;
import cn.remotewindow.protocol.message.Message;
import cn.remotewindow.protocol.message.PartyJoined;
import cn.remotewindow.protocol.message.PartyLeft;
import cn.remotewindow.protocol.message.Relayed;
import cn.remotewindow.protocol.message.SessionInvite;
import cn.remotewindow.protocol.message.ErrorReply;
import cn.remotewindow.protocol.message.IceCandidate;
import cn.remotewindow.protocol.message.IceServer;
import cn.remotewindow.protocol.message.MediaState;
import cn.remotewindow.protocol.message.OutcomeRecorded;
import cn.remotewindow.protocol.message.Peer;
import cn.remotewindow.protocol.message.Priority;
import cn.remotewindow.protocol.message.QueueSummary;
import cn.remotewindow.protocol.message.QueuedRequest;
import cn.remotewindow.protocol.message.RequestDetails;
import cn.remotewindow.protocol.message.Ring;
import cn.remotewindow.protocol.message.RingAccept;
import cn.remotewindow.protocol.message.SdpOffer;
import cn.remotewindow.protocol.message.SdpRole;
import cn.remotewindow.protocol.message.ServiceRequest;
import cn.remotewindow.protocol.message.SessionEstablished;
import cn.remotewindow.protocol.message.SessionPhase;
import cn.remotewindow.protocol.message.SessionResumed;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnvelopeCodecTest {

    private final EnvelopeCodec codec = new EnvelopeCodec();

    @Test
    void encodesTheVersionedEnvelopeWithTypeFromTheRecord() {
        String json = codec.encode(new Envelope("c-1", "s-9", new SdpOffer("v=0\r\n", false)));
        assertThat(json).isEqualTo(
                "{\"v\":1,\"type\":\"sdp.offer\",\"id\":\"c-1\",\"sessionId\":\"s-9\",\"body\":{\"sdp\":\"v=0\\r\\n\",\"iceRestart\":false}}");
    }

    @Test
    void leavesOutNullFields() {
        String json = codec.encode(Envelope.of(ErrorReply.of(ErrorCode.RATE_LIMITED)));
        assertThat(json).doesNotContain("\"id\"").doesNotContain("sessionId").contains("\"code\":\"RATE_LIMITED\"");
    }

    @Test
    void decodesATypedMessage() {
        Envelope e = codec.decode("{\"v\":1,\"type\":\"service.request\",\"id\":\"k1\","
                + "\"body\":{\"itemCode\":\"PSB-001\",\"priority\":\"GREEN_CHANNEL\"}}");
        assertThat(e.id()).isEqualTo("k1");
        assertThat(e.body()).isEqualTo(new ServiceRequest("PSB-001", null, null, Priority.GREEN_CHANNEL));
        assertThat(((ServiceRequest) e.body()).skill()).isEqualTo("PSB-001");
    }

    @Test
    void bodyMayBeLeftOutForMessagesWithoutFields() {
        Envelope e = codec.decode("{\"v\":1,\"type\":\"ring.accept\",\"sessionId\":\"s1\"}");
        assertThat(e.body()).isInstanceOf(RingAccept.class);
    }

    @Test
    void ignoresUnknownFieldsForForwardCompatibility() {
        Envelope e = codec.decode("{\"v\":1,\"type\":\"auth\",\"extra\":1,\"body\":{\"token\":\"t\",\"later\":true}}");
        assertThat(e.body()).isEqualTo(new Auth("t"));
    }

    @Test
    void roundTripsEveryKindOfFieldItCarries() {
        Envelope original = new Envelope("x", "s", new IceCandidate("candidate:1 1 udp 1 10.0.0.1 5000 typ host", "0", 0, "abcd"));
        assertThat(codec.decode(codec.encode(original))).isEqualTo(original);
        Envelope media = new Envelope(null, "s", new MediaState(true, false, true));
        assertThat(codec.decode(codec.encode(media))).isEqualTo(media);
        Envelope transfer = new Envelope("e-9", "s", new cn.remotewindow.protocol.message.SessionTransfer(null, "zhangwei", "还需办理居住证", "410702-2026-000009"));
        assertThat(codec.decode(codec.encode(transfer))).isEqualTo(transfer);
    }

    private static final RequestDetails REQUEST = new RequestDetails("kiosk-hongqi-01", "红旗区政务服务中心 1 号机", "红旗区",
            "PSB-HJQY", "PSB-HJQY", null, "410702-2026-000123", Priority.GREEN_CHANNEL, 1763712003010L, null);

    @Test
    void theRingCarriesTheKioskName() {
        String json = codec.encode(Envelope.inSession("s", new Ring(REQUEST, 1763712023020L, 20)));
        assertThat(json).contains("\"kioskName\":\"红旗区政务服务中心 1 号机\"").doesNotContain("departmentCode");
        assertThat(codec.decode(json)).isEqualTo(Envelope.inSession("s", new Ring(REQUEST, 1763712023020L, 20)));
    }

    @Test
    void theExpertsEstablishedAndResumedCarryTheRequestAndTheKiosksDoNot() {
        Peer kiosk = new Peer(Role.KIOSK, "kiosk-hongqi-01", "红旗区政务服务中心 1 号机", "红旗区");
        List<IceServer> ice = List.of(new IceServer(List.of("stun:stun.example:3478"), null, null));
        Envelope established = Envelope.inSession("s", new SessionEstablished(SdpRole.ANSWERER, kiosk, ice, REQUEST));
        assertThat(codec.decode(codec.encode(established))).isEqualTo(established);
        Envelope resumed = Envelope.inSession("s", new SessionResumed(SessionPhase.ACTIVE, SdpRole.ANSWERER, kiosk, ice, true, REQUEST));
        assertThat(codec.decode(codec.encode(resumed))).isEqualTo(resumed);

        Peer expert = new Peer(Role.EXPERT, "zhangwei", "张伟", null);
        assertThat(codec.encode(Envelope.inSession("s", new SessionEstablished(SdpRole.OFFERER, expert, ice))))
                .doesNotContain("request");
        assertThat(codec.encode(Envelope.inSession("s", new SessionResumed(SessionPhase.QUEUED, null, null, List.of(), true))))
                .isEqualTo("{\"v\":1,\"type\":\"session.resumed\",\"sessionId\":\"s\",\"body\":"
                        + "{\"phase\":\"QUEUED\",\"iceServers\":[],\"peerConnected\":true}}");
    }

    @Test
    void relayedCopiesNameTheirSenderAndDropTheRecipient() {
        SdpOffer sent = new SdpOffer("v=0\r\n", false, "guest-1", null);
        assertThat(codec.decode(codec.encode(Envelope.inSession("s", sent)))).isEqualTo(Envelope.inSession("s", sent));
        assertThat(codec.encode(new Envelope("k-4", "s", sent.relayedFrom("kiosk-1")))).isEqualTo(
                "{\"v\":1,\"type\":\"sdp.offer\",\"id\":\"k-4\",\"sessionId\":\"s\",\"body\":"
                        + "{\"sdp\":\"v=0\\r\\n\",\"iceRestart\":false,\"from\":\"kiosk-1\"}}");
        assertThat(codec.encode(Envelope.inSession("s", new cn.remotewindow.protocol.message.IceRestart().relayedFrom("e1"))))
                .endsWith("\"body\":{\"from\":\"e1\"}}");
        Chat stamped = new Chat("您好", Role.EXPERT, 1763712031250L, "kiosk-1", null).relayedFrom("zhangwei");
        assertThat(codec.encode(Envelope.inSession("s", stamped))).endsWith("\"body\":{\"text\":\"您好\",\"from\":\"EXPERT\","
                + "\"sentAt\":1763712031250,\"fromId\":\"zhangwei\"}}");
        for (Message relayed : List.<Message>of(sent.relayedFrom("k"), new cn.remotewindow.protocol.message.SdpAnswer("v=0", "e2", null).relayedFrom("k"),
                new IceCandidate("", "0", null, null, "e2", null).relayedFrom("k"),
                new MediaState(true, true, false, "e2", null).relayedFrom("k"), stamped)) {
            Envelope envelope = Envelope.inSession("s", relayed);
            assertThat(codec.decode(codec.encode(envelope))).isEqualTo(envelope);
            assertThat(((Relayed) relayed).to()).isNull();
            assertThat(((Relayed) relayed).sender()).isIn("k", "zhangwei");
        }
    }

    @Test
    void theInvitationMessagesRoundTrip() {
        Peer guest = new Peer(Role.EXPERT, "li.na", "李娜", null);
        Peer lead = new Peer(Role.EXPERT, "zhangwei", "张伟", null);
        Peer kiosk = new Peer(Role.KIOSK, "kiosk-hongqi-01", "红旗区政务服务中心 1 号机", "红旗区");
        RequestDetails invited = REQUEST.invitedBy(new HandoverNote("zhangwei", "张伟", "社保缴纳请确认"));
        List<IceServer> ice = List.of(new IceServer(List.of("stun:stun.example:3478"), null, null));
        for (Message message : List.<Message>of(new SessionInvite(null, "li.na", "社保缴纳请确认"), new SessionInvite("HR-010", null, null),
                new InviteStatus(InvitePhase.RINGING, guest), new PartyJoined(guest, SdpRole.OFFERER),
                new PartyLeft(guest, EndReason.DISCONNECTED), new Ring(invited, 1L, 20),
                new SessionEstablished(SdpRole.ANSWERER, kiosk, ice, invited, List.of(lead)),
                new SessionResumed(SessionPhase.ACTIVE, SdpRole.OFFERER, lead, ice, true, null, List.of(guest)))) {
            Envelope envelope = Envelope.inSession("s", message);
            assertThat(codec.decode(codec.encode(envelope))).isEqualTo(envelope);
        }
        assertThat(codec.encode(Envelope.inSession("s", new PartyJoined(guest, SdpRole.OFFERER)))).isEqualTo(
                "{\"v\":1,\"type\":\"party.joined\",\"sessionId\":\"s\",\"body\":{\"peer\":{\"role\":\"EXPERT\","
                        + "\"id\":\"li.na\",\"displayName\":\"李娜\"},\"sdpRole\":\"OFFERER\"}}");
        assertThat(codec.encode(Envelope.inSession("s", new InviteStatus(InvitePhase.TIMEOUT, guest))))
                .contains("\"type\":\"invite.state\"").contains("\"state\":\"TIMEOUT\"");
        assertThat(codec.encode(Envelope.inSession("s", new Ring(invited, 1L, 20))))
                .contains("\"invitedBy\":{\"fromExpertId\":\"zhangwei\",\"fromName\":\"张伟\",\"note\":\"社保缴纳请确认\"}");
        assertThat(codec.encode(Envelope.inSession("s", new Ring(REQUEST, 1L, 20)))).doesNotContain("invitedBy");
        assertThat(codec.encode(Envelope.inSession("s", new SessionEstablished(SdpRole.ANSWERER, kiosk, ice, REQUEST))))
                .as("two-party copies have no others").doesNotContain("others");
    }

    @Test
    void encodesAQueueSummaryAsDocumented() {
        QueueSummary summary = new QueueSummary("PSB-HJQY", 3, 2, 0, List.of(new QueuedRequest("6f0c", "PSB-HJQY", null,
                "红旗区", "红旗区政务服务中心 1 号机", Priority.GREEN_CHANNEL, 1763712003010L)), 1763712009000L);
        String json = codec.encode(Envelope.of(summary));
        assertThat(json).isEqualTo("{\"v\":1,\"type\":\"queue.summary\",\"body\":{\"skill\":\"PSB-HJQY\",\"total\":3,"
                + "\"expertsOnline\":2,\"expertsAvailable\":0,\"waiting\":[{\"sessionId\":\"6f0c\",\"itemCode\":\"PSB-HJQY\","
                + "\"district\":\"红旗区\",\"kioskName\":\"红旗区政务服务中心 1 号机\",\"priority\":\"GREEN_CHANNEL\","
                + "\"requestedAt\":1763712003010}],\"serverTime\":1763712009000}}");
        assertThat(codec.decode(json)).isEqualTo(Envelope.of(summary));
        assertThat(codec.encode(Envelope.of(new QueueSummary("MCA", 0, 0, 0, null, 1L))))
                .as("an empty queue still lists its (empty) waiting").contains("\"waiting\":[]");
    }

    @Test
    void outcomeRecordedRoundTrips() {
        Envelope recorded = new Envelope("o1", "s", new OutcomeRecorded(CaseOutcome.ACCEPTED, "410702-2026-000123", 1763712100000L));
        assertThat(codec.encode(recorded)).isEqualTo("{\"v\":1,\"type\":\"outcome.recorded\",\"id\":\"o1\",\"sessionId\":\"s\","
                + "\"body\":{\"outcome\":\"ACCEPTED\",\"caseNumber\":\"410702-2026-000123\",\"recordedAt\":1763712100000}}");
        assertThat(codec.decode(codec.encode(recorded))).isEqualTo(recorded);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "not json at all | MALFORMED_JSON",
            "[1,2] | MALFORMED_JSON",
            "{\"v\":1,\"type\":\"auth\",\"body\":{\"token\":\"t\"} | MALFORMED_JSON",
            "{\"type\":\"auth\",\"body\":{\"token\":\"t\"}} | MISSING_FIELD",
            "{\"v\":2,\"type\":\"auth\",\"body\":{\"token\":\"t\"}} | UNSUPPORTED_VERSION",
            "{\"v\":\"1\",\"type\":\"auth\",\"body\":{\"token\":\"t\"}} | UNSUPPORTED_VERSION",
            "{\"v\":1,\"body\":{}} | MISSING_FIELD",
            "{\"v\":1,\"type\":\"teleport\",\"body\":{}} | UNKNOWN_TYPE",
            "{\"v\":1,\"type\":\"ring\",\"sessionId\":\"s\",\"body\":{}} | INVALID_FIELD",
            "{\"v\":1,\"type\":\"auth\",\"body\":{}} | MISSING_FIELD",
            "{\"v\":1,\"type\":\"auth\",\"body\":\"token\"} | INVALID_FIELD",
            "{\"v\":1,\"type\":\"ring.accept\",\"body\":{}} | MISSING_FIELD",
            "{\"v\":1,\"type\":\"service.request\",\"body\":{}} | MISSING_FIELD",
            "{\"v\":1,\"type\":\"service.request\",\"body\":{\"itemCode\":\"a b\"}} | INVALID_FIELD",
            "{\"v\":1,\"type\":\"service.request\",\"body\":{\"itemCode\":\"A\",\"priority\":\"VIP\"}} | INVALID_FIELD",
            "{\"v\":1,\"type\":\"media.state\",\"sessionId\":\"s\",\"body\":{\"audio\":\"yes\",\"video\":true,\"screen\":false}} | INVALID_FIELD",
            "{\"v\":1,\"type\":\"media.state\",\"sessionId\":\"s\",\"body\":{\"audio\":true}} | MISSING_FIELD",
            "{\"v\":1,\"type\":\"sdp.offer\",\"sessionId\":\"s\",\"body\":{\"sdp\":\"hello\"}} | INVALID_FIELD",
            "{\"v\":1,\"type\":\"session.end\",\"sessionId\":\"s\",\"body\":{\"reason\":\"SERVER_SHUTDOWN\"}} | INVALID_FIELD",
            "{\"v\":1,\"type\":\"presence.set\",\"body\":{\"state\":\"BUSY\"}} | INVALID_FIELD",
            "{\"v\":1,\"type\":\"ice.candidate\",\"sessionId\":\"s\",\"body\":{\"candidate\":\"c\"}} | MISSING_FIELD",
            "{\"v\":1,\"type\":\"auth\",\"id\":7,\"body\":{\"token\":\"t\"}} | INVALID_FIELD",
            "{\"v\":1,\"type\":\"media.state\",\"sessionId\":\"s\",\"body\":{\"audio\":\"true\",\"video\":true,\"screen\":false}} | INVALID_FIELD",
            "{\"v\":1,\"type\":\"media.state\",\"sessionId\":\"s\",\"body\":{\"audio\":1,\"video\":true,\"screen\":false}} | INVALID_FIELD",
            "{\"v\":1,\"type\":\"auth\",\"body\":{\"token\":12345}} | INVALID_FIELD",
            "{\"v\":1,\"type\":\"ice.candidate\",\"sessionId\":\"s\",\"body\":{\"candidate\":\"c\",\"sdpMLineIndex\":1.5}} | INVALID_FIELD",
            "{\"v\":1,\"type\":\"service.request\",\"body\":{\"itemCode\":\"A\",\"priority\":0}} | INVALID_FIELD",
            "{\"v\":1,\"type\":\"presence.set\",\"body\":{\"state\":0}} | INVALID_FIELD",
            "{\"v\":1,\"type\":\"ice.candidate\",\"sessionId\":\"s\",\"body\":{\"candidate\":\"c\",\"sdpMLineIndex\":\"0\"}} | INVALID_FIELD",
            "{\"v\":1,\"type\":\"session.transfer\",\"sessionId\":\"s\",\"body\":{}} | MISSING_FIELD",
            "{\"v\":1,\"type\":\"session.transfer\",\"sessionId\":\"s\",\"body\":{\"toSkill\":\"A\",\"toExpert\":\"e1\"}} | INVALID_FIELD",
            "{\"v\":1,\"type\":\"session.transfer\",\"sessionId\":\"s\",\"body\":{\"toSkill\":\"a b\"}} | INVALID_FIELD",
            "{\"v\":1,\"type\":\"session.transfer\",\"body\":{\"toSkill\":\"A\"}} | MISSING_FIELD",
            "{\"v\":1,\"type\":\"session.invite\",\"sessionId\":\"s\",\"body\":{}} | MISSING_FIELD",
            "{\"v\":1,\"type\":\"session.invite\",\"sessionId\":\"s\",\"body\":{\"toSkill\":\"A\",\"toExpert\":\"e1\"}} | INVALID_FIELD",
            "{\"v\":1,\"type\":\"session.invite\",\"sessionId\":\"s\",\"body\":{\"toExpert\":\"a b\"}} | INVALID_FIELD",
            "{\"v\":1,\"type\":\"session.invite\",\"body\":{\"toSkill\":\"A\"}} | MISSING_FIELD",
            "{\"v\":1,\"type\":\"sdp.offer\",\"sessionId\":\"s\",\"body\":{\"sdp\":\"v=0\",\"to\":\"a b\"}} | INVALID_FIELD",
            "{\"v\":1,\"type\":\"sdp.answer\",\"sessionId\":\"s\",\"body\":{\"sdp\":\"v=0\",\"to\":7}} | INVALID_FIELD",
            "{\"v\":1,\"type\":\"ice.candidate\",\"sessionId\":\"s\",\"body\":{\"candidate\":\"\",\"sdpMid\":\"0\",\"to\":\"\"}} | INVALID_FIELD",
            "{\"v\":1,\"type\":\"ice.restart\",\"sessionId\":\"s\",\"body\":{\"to\":\"x/y\"}} | INVALID_FIELD",
            "{\"v\":1,\"type\":\"chat\",\"sessionId\":\"s\",\"body\":{\"text\":\"hi\",\"to\":\"a b\"}} | INVALID_FIELD",
    })
    void refusesBadFramesWithTheDocumentedCode(String frame, ErrorCode expected) {
        assertThatThrownBy(() -> codec.decode(frame))
                .isInstanceOfSatisfying(ProtocolException.class, e -> assertThat(e.code()).isEqualTo(expected));
    }

    @Test
    void errorsCarryTheCorrelationIdOfTheOffendingEnvelope() {
        assertThatThrownBy(() -> codec.decode("{\"v\":1,\"id\":\"abc\",\"type\":\"chat\",\"sessionId\":\"s\",\"body\":{}}"))
                .isInstanceOfSatisfying(ProtocolException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.MISSING_FIELD);
                    assertThat(e.correlationId()).isEqualTo("abc");
                    assertThat(e.getMessage()).contains("text");
                });
    }

    @Test
    void refusesOversizeFields() {
        String longText = "x".repeat(Chat.MAX_LENGTH + 1);
        assertThatThrownBy(() -> codec.decode("{\"v\":1,\"type\":\"chat\",\"sessionId\":\"s\",\"body\":{\"text\":\"" + longText + "\"}}"))
                .isInstanceOfSatisfying(ProtocolException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.FIELD_TOO_LONG));
        String longId = "i".repeat(Envelope.MAX_ID_LENGTH + 1);
        assertThatThrownBy(() -> codec.decode("{\"v\":1,\"type\":\"auth\",\"id\":\"" + longId + "\",\"body\":{\"token\":\"t\"}}"))
                .isInstanceOfSatisfying(ProtocolException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.FIELD_TOO_LONG));
    }

    @Test
    void refusesDeeplyNestedJson() {
        String deep = "{\"v\":1,\"type\":\"auth\",\"body\":{\"token\":\"t\",\"x\":" + "[".repeat(100) + "]".repeat(100) + "}}";
        assertThatThrownBy(() -> codec.decode(deep))
                .isInstanceOfSatisfying(ProtocolException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.MALFORMED_JSON));
    }

    @Test
    void refusesATypeTheSenderMayNotSendBeforeReadingItsBody() {
        assertThatThrownBy(() -> codec.decode("{\"v\":1,\"type\":\"ring\",\"sessionId\":\"s\",\"body\":{}}", Role.EXPERT))
                .isInstanceOfSatisfying(ProtocolException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.ROLE_NOT_ALLOWED));
        assertThatThrownBy(() -> codec.decode("{\"v\":1,\"type\":\"service.request\",\"body\":{\"itemCode\":\"A\"}}", Role.EXPERT))
                .isInstanceOfSatisfying(ProtocolException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.ROLE_NOT_ALLOWED));
    }
}
