package cn.remotewindow.signaling.testing;

import cn.remotewindow.client.SignalingClients;
import cn.remotewindow.protocol.Envelope;
import cn.remotewindow.protocol.message.Auth;
import cn.remotewindow.protocol.message.AuthOk;
import cn.remotewindow.protocol.message.ExpertState;
import cn.remotewindow.protocol.message.PresenceSet;
import cn.remotewindow.protocol.message.PresenceState;
import cn.remotewindow.protocol.message.Priority;
import cn.remotewindow.protocol.message.Ring;
import cn.remotewindow.protocol.message.RingAccept;
import cn.remotewindow.protocol.message.ServiceRequest;
import cn.remotewindow.protocol.message.SessionEstablished;
import cn.remotewindow.signaling.auth.SignalingTickets;
import cn.remotewindow.signaling.party.Expert;
import cn.remotewindow.signaling.party.Kiosk;
import cn.remotewindow.signaling.party.Party;
import cn.remotewindow.signaling.ws.SignalingServer;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Opens authenticated kiosks and experts against a running server; closes them all at the end. */
public final class Parties implements AutoCloseable {

    private final SignalingClients clients = new SignalingClients(2);
    private final List<TestParty> opened = new ArrayList<>();
    private final SignalingTickets tickets;
    private final URI uri;

    public Parties(SignalingServer server, SignalingTickets tickets) {
        this(URI.create("ws://127.0.0.1:" + server.port() + server.path()), tickets);
    }

    /** Against a server known by its address (another process, another node of a cluster). */
    public Parties(URI uri, SignalingTickets tickets) {
        this.tickets = tickets;
        this.uri = uri;
    }

    public URI uri() {
        return uri;
    }

    /** A connected but not yet authenticated client. */
    public TestParty anonymous() {
        TestParty party = TestParty.connect(clients, uri);
        opened.add(party);
        return party;
    }

    public String ticketFor(Party party) {
        return tickets.issue(party).token();
    }

    public TestParty kiosk(String id) {
        return kiosk(id, "红旗区");
    }

    public TestParty kiosk(String id, String district) {
        return authenticated(new Kiosk(id, "自助终端 " + id, district));
    }

    /** The kiosk {@link #kiosk(String)} signs in as, to sign in as it again (a reconnect). */
    public static Kiosk kioskParty(String id) {
        return new Kiosk(id, "自助终端 " + id, "红旗区");
    }

    /** An expert, authenticated and AVAILABLE (or already BUSY, if a request was waiting for them). */
    public TestParty expert(String id, String... skills) {
        TestParty expert = awayExpert(id, skills);
        expert.send(new PresenceSet(ExpertState.AVAILABLE));
        expert.await(PresenceState.class, p -> p.state() != ExpertState.AWAY);
        return expert;
    }

    /** An expert, authenticated and still AWAY as every expert starts. */
    public TestParty awayExpert(String id, String... skills) {
        TestParty expert = authenticated(new Expert(id, "专家 " + id, Set.of(skills)));
        expert.await(PresenceState.class, p -> p.state() == ExpertState.AWAY);
        return expert;
    }

    public TestParty authenticated(Party party) {
        return authenticated(party, null);
    }

    /** Authenticated, asking to resume this session (auth.resume), as a client does after losing its connection. */
    public TestParty authenticated(Party party, String resume) {
        TestParty client = anonymous();
        client.send(new Auth(ticketFor(party), resume));
        Envelope ok = client.await(AuthOk.class);
        if (!((AuthOk) ok.body()).id().equals(party.id())) {
            throw new AssertionError("authenticated as someone else: " + ok);
        }
        return client;
    }

    /** Puts the kiosk through to the expert (who must be the one rung) and returns the session id. */
    public static String call(TestParty kiosk, TestParty expert, String skill) {
        kiosk.send(new ServiceRequest(skill, null, null, Priority.NORMAL));
        String sessionId = expert.await(Ring.class).sessionId();
        expert.send(sessionId, new RingAccept());
        kiosk.await(SessionEstablished.class);
        expert.await(SessionEstablished.class);
        return sessionId;
    }

    /** A test offer and answer: only their shape matters to the server (starts with v=0). */
    public static final String OFFER = "v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n";
    public static final String ANSWER = "v=0\r\no=- 3 4 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n";

    /** Puts the kiosk through to the expert and connects the call: offer, answer, peer.connected, ACTIVE. */
    public static String activeCall(TestParty kiosk, TestParty expert, String skill) {
        String sessionId = call(kiosk, expert, skill);
        kiosk.send(sessionId, new cn.remotewindow.protocol.message.SdpOffer(OFFER, false));
        expert.await(cn.remotewindow.protocol.message.SdpOffer.class);
        expert.send(sessionId, new cn.remotewindow.protocol.message.SdpAnswer(ANSWER));
        kiosk.await(cn.remotewindow.protocol.message.SdpAnswer.class);
        kiosk.send(sessionId, new cn.remotewindow.protocol.message.PeerConnected());
        kiosk.await(cn.remotewindow.protocol.message.SessionStatus.class,
                st -> st.phase() == cn.remotewindow.protocol.message.SessionPhase.ACTIVE);
        expert.await(cn.remotewindow.protocol.message.SessionStatus.class,
                st -> st.phase() == cn.remotewindow.protocol.message.SessionPhase.ACTIVE);
        return sessionId;
    }

    @Override
    public void close() {
        opened.forEach(TestParty::close);
        clients.close();
    }
}
