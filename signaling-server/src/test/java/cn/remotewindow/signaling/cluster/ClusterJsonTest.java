package cn.remotewindow.signaling.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import cn.remotewindow.protocol.Envelope;
import cn.remotewindow.protocol.EnvelopeCodec;
import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.message.Chat;
import cn.remotewindow.protocol.message.EndReason;
import cn.remotewindow.protocol.message.HandoverNote;
import cn.remotewindow.protocol.message.IceCandidate;
import cn.remotewindow.protocol.message.Priority;
import cn.remotewindow.protocol.message.QueueUpdate;
import cn.remotewindow.protocol.message.Satisfaction;
import cn.remotewindow.protocol.message.SdpOffer;
import cn.remotewindow.protocol.message.SdpRole;
import cn.remotewindow.signaling.session.Attendance;
import cn.remotewindow.signaling.session.Call;
import cn.remotewindow.signaling.session.EndedSession;
import cn.remotewindow.signaling.session.Guest;
import cn.remotewindow.signaling.session.Negotiation;
import cn.remotewindow.signaling.session.Ringing;
import cn.remotewindow.signaling.session.Session;
import cn.remotewindow.signaling.session.SessionRequest;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ClusterJsonTest {

    private final ClusterJson json = new ClusterJson(new EnvelopeCodec());

    static final String OFFER = "v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n";

    static SessionRequest request() {
        return new SessionRequest("kiosk-1", "红旗区便民服务中心 1 号机", "红旗区", "ITEM-7", "PSB", "410702-2026-000123",
                Priority.GREEN_CHANNEL, "PSB-HJQY", 42, Instant.parse("2026-12-07T01:02:03.456789Z"),
                new HandoverNote("zhangwei", "张伟", "户籍迁入，请刘洋办理"));
    }

    @Test
    void aSessionInACallWithEverythingHeldReadsBackEqual() {
        IceCandidate candidate = new IceCandidate("candidate:1 1 udp 2122260223 10.0.0.2 50000 typ host", "0", 0,
                "abcd", null, null);
        Negotiation negotiation = Negotiation.NONE.describedBy(SdpRole.OFFERER).hold(SdpRole.ANSWERER, candidate);
        Attendance attendance = Attendance.PRESENT.left(Role.KIOSK, Instant.parse("2026-12-07T01:05:00Z"))
                .hold(Role.KIOSK, Envelope.inSession("s-1", new SdpOffer(OFFER, true, null, "zhangwei")))
                .hold(Role.KIOSK, Envelope.inSession("s-1", new Chat("您好", Role.EXPERT, 1L, null, "zhangwei")));
        Guest guest = Guest.rung("liuyang", "刘洋", new HandoverNote("zhangwei", "张伟", "一件事"),
                Instant.parse("2026-12-07T01:06:00Z")).joinedAs("刘洋").withNegotiation(
                cn.remotewindow.signaling.session.Pair.KIOSK_GUEST, negotiation);
        Session session = Session.requested("s-1", request())
                .passedBy("wangfang")
                .ringing(new Ringing("zhangwei", 2, Instant.parse("2026-12-07T01:03:00Z")))
                .connecting(new Call("zhangwei", "张伟", Instant.parse("2026-12-07T01:03:10Z"), null))
                .active(new Call("zhangwei", "张伟", Instant.parse("2026-12-07T01:03:10Z"),
                        Instant.parse("2026-12-07T01:03:12Z")))
                .withNegotiation(negotiation)
                .reported(new QueueUpdate("PSB-HJQY", 3, 120, 4))
                .withAttendance(attendance)
                .withGuest(guest);

        Session back = json.read(json.write(session), Session.class);

        assertThat(back).isEqualTo(session);
        assertThat(back.attendance().heldFor(Role.KIOSK)).hasSize(2);
        assertThat(back.attendance().heldFor(Role.KIOSK).get(0).body()).isInstanceOf(SdpOffer.class);
    }

    @Test
    void anEndedSessionReadsBackEqual() {
        EndedSession ended = new EndedSession("s-2", request(), "zhangwei", true, Role.KIOSK, EndReason.HANGUP,
                Instant.parse("2026-12-07T01:10:00Z"), true, false, Satisfaction.SATISFIED);
        assertThat(json.read(json.write(ended), EndedSession.class)).isEqualTo(ended);
    }
}
