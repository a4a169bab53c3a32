package cn.remotewindow.kiosk.testing;

import cn.remotewindow.client.SignalingClients;
import cn.remotewindow.client.SignalingConnection;
import cn.remotewindow.client.SignalingListener;
import cn.remotewindow.kiosk.agent.SignalMapping;
import cn.remotewindow.kiosk.media.CallPeer;
import cn.remotewindow.kiosk.media.IceCandidate;
import cn.remotewindow.kiosk.media.MediaEngine;
import cn.remotewindow.kiosk.media.PeerConfig;
import cn.remotewindow.kiosk.media.PeerListener;
import cn.remotewindow.kiosk.media.PeerRole;
import cn.remotewindow.kiosk.media.PeerState;
import cn.remotewindow.kiosk.media.RemoteAudio;
import cn.remotewindow.kiosk.media.RemoteVideo;
import cn.remotewindow.kiosk.media.SessionDescription;
import cn.remotewindow.kiosk.media.VideoFeed;
import cn.remotewindow.protocol.Envelope;
import cn.remotewindow.protocol.message.Auth;
import cn.remotewindow.protocol.message.AuthOk;
import cn.remotewindow.protocol.message.ExpertState;
import cn.remotewindow.protocol.message.IceRestart;
import cn.remotewindow.protocol.message.Message;
import cn.remotewindow.protocol.message.PeerConnected;
import cn.remotewindow.protocol.message.PresenceSet;
import cn.remotewindow.protocol.message.PresenceState;
import cn.remotewindow.protocol.message.Ring;
import cn.remotewindow.protocol.message.RingAccept;
import cn.remotewindow.protocol.message.SdpAnswer;
import cn.remotewindow.protocol.message.SdpOffer;
import cn.remotewindow.protocol.message.SessionEnd;
import cn.remotewindow.protocol.message.SessionEnded;
import cn.remotewindow.protocol.message.SessionEstablished;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A city expert without a browser, for tests and benchmarks of the kiosk agent: signs in over the
 * real HTTP API, connects over real signaling, takes rings, and carries the call with a real
 * webrtc-java peer (the ANSWERER, polite) on its own engine, exactly as the console will.
 *
 * <p>Three-party calls (protocol 8.7) too: as the lead it {@link #invite invites} a colleague and,
 * on {@code party.joined}, offers to the guest on a second peer; as the guest it answers the kiosk
 * on its main peer and the lead on a second one, and addresses everything it sends ({@code to}).
 * A two-party call is exactly as before (nothing addressed).
 */
public final class ExpertRobot implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final URI http;
    private final String username;
    private final String password;
    private final MediaEngine engine;
    private final VideoFeed camera;
    private final SignalingClients clients = new SignalingClients(1);
    /** Everything signaling and media tell the robot, one at a time, in order. */
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "expert-robot");
        t.setDaemon(true);
        return t;
    });
    private final List<String> controlReceived = new CopyOnWriteArrayList<>();
    private final List<RemoteVideo> videos = new CopyOnWriteArrayList<>();
    private final List<RemoteAudio> audios = new CopyOnWriteArrayList<>();
    private final List<Envelope> received = new CopyOnWriteArrayList<>();
    private volatile SignalingConnection connection;
    private volatile String sessionId;
    private volatile CallPeer peer;
    /** The party of the main peer (the kiosk) and, when this robot is a guest, its {@code to}. */
    private volatile String partnerId;
    private volatile String mainTo;
    /** Peers to the call's other parties besides the kiosk, by party id (8.7). */
    private final java.util.Map<String, CallPeer> pairs = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile CompletableFuture<SessionEnded> ended = new CompletableFuture<>();
    private volatile CompletableFuture<Void> connected = new CompletableFuture<>();
    private volatile boolean accepting = true;
    private volatile long ringedAtNanos;

    public ExpertRobot(URI http, String username, String password, MediaEngine engine, VideoFeed camera) {
        this.http = http;
        this.username = username;
        this.password = password;
        this.engine = engine;
        this.camera = camera;
    }

    /** Signs in, connects, and sets presence AVAILABLE (returns once the server confirmed it). */
    public ExpertRobot online() throws Exception {
        CompletableFuture<AuthOk> authenticated = new CompletableFuture<>();
        CompletableFuture<Void> available = new CompletableFuture<>();
        String ticketUrl = ticket();
        JsonNode ticket = JSON.readTree(ticketUrl);
        connection = clients.connect(URI.create(ticket.path("url").asString()), new SignalingListener() {
            @Override
            public void onMessage(Envelope envelope) {
                received.add(envelope);
                if (envelope.body() instanceof AuthOk ok) {
                    authenticated.complete(ok);
                } else if (envelope.body() instanceof PresenceState state && state.state() == ExpertState.AVAILABLE) {
                    available.complete(null);
                }
                thread.execute(() -> {
                    try {
                        handle(envelope);
                    } catch (RuntimeException e) {
                        // An executor would swallow it; a robot that stops answering must say why.
                        System.err.println("expert robot " + username + ": handling " + envelope.body() + " failed");
                        e.printStackTrace();
                    }
                });
            }
        }).get(10, TimeUnit.SECONDS);
        connection.send(null, new Auth(ticket.path("ticket").asString(), null));
        authenticated.get(10, TimeUnit.SECONDS);
        connection.send(null, new PresenceSet(ExpertState.AVAILABLE));
        available.get(10, TimeUnit.SECONDS);
        return this;
    }

    /** Whether rings are accepted (default) or left to time out. */
    public void setAccepting(boolean accept) {
        this.accepting = accept;
    }

    public String sessionId() {
        return sessionId;
    }

    public CallPeer peer() {
        return peer;
    }

    /** Completes when the robot's peer first reaches CONNECTED in the current call. */
    public CompletableFuture<Void> connected() {
        return connected;
    }

    /** Completes with the session.ended of the current call. */
    public CompletableFuture<SessionEnded> ended() {
        return ended;
    }

    /** The kiosk's video tracks received so far in the current call (camera, then screen). */
    public List<RemoteVideo> videos() {
        return videos;
    }

    public List<RemoteAudio> audio() {
        return audios;
    }

    /** Control-channel messages from the kiosk. */
    public List<String> controlReceived() {
        return controlReceived;
    }

    /** Every signaling message the robot received. */
    public List<Envelope> received() {
        return received;
    }

    /** When the robot was last rung (System.nanoTime). */
    public long ringedAtNanos() {
        return ringedAtNanos;
    }

    /** The peer to another party than the kiosk (a guest as lead, the lead as guest), or null. */
    public CallPeer peerTo(String partyId) {
        return pairs.get(partyId);
    }

    /** As the lead: invites this colleague into the call ({@code session.invite toExpert}). */
    public void invite(String expertId) {
        connection.send(sessionId, new cn.remotewindow.protocol.message.SessionInvite(null, expertId, null));
    }

    public void sendControl(String json) {
        peer.send(json);
    }

    public void send(Message message) {
        connection.send(sessionId, message);
    }

    public void hangUp() {
        connection.send(sessionId, new SessionEnd(null));
    }

    /** Drops the signaling connection as a network fault would. */
    public void dropSignaling() {
        connection.closeFuture().channel().close();
    }

    private void handle(Envelope envelope) {
        Message body = envelope.body();
        if (body instanceof Ring) {
            ringedAtNanos = System.nanoTime();
            if (accepting) {
                connection.send(envelope.sessionId(), new RingAccept());
            }
        } else if (body instanceof SessionEstablished established) {
            sessionId = envelope.sessionId();
            partnerId = established.peer().id();
            // A guest (others = [the lead]) must address even its pair with the kiosk.
            mainTo = established.others() == null || established.others().isEmpty() ? null : partnerId;
            videos.clear();
            audios.clear();
            controlReceived.clear();
            PeerConfig config = PeerConfig.of("expert-" + sessionId, PeerRole.ANSWERER)
                    .withIceServers(SignalMapping.iceServers(established.iceServers()));
            if (camera != null) {
                config = config.withCamera(camera);
            }
            peer = engine.newPeer(config, new Events(sessionId, mainTo));
        } else if (body instanceof cn.remotewindow.protocol.message.PartyJoined joined) {
            // The lead is the offerer of its pair with the guest.
            CallPeer toGuest = openPair(joined.peer().id(), PeerRole.OFFERER);
            pairs.put(joined.peer().id(), toGuest);
            toGuest.createOffer(false);
        } else if (body instanceof cn.remotewindow.protocol.message.PartyLeft left) {
            CallPeer gone = pairs.remove(left.peer().id());
            if (gone != null) {
                gone.close();
            }
        } else if (body instanceof SdpOffer offer) {
            CallPeer target = isPair(offer.from())
                    ? pairs.computeIfAbsent(offer.from(), id -> openPair(id, PeerRole.ANSWERER)) : peer;
            if (target != null) {
                target.applyRemote(SignalMapping.fromOffer(offer));
            }
        } else if (body instanceof SdpAnswer answer) {
            CallPeer target = isPair(answer.from()) ? pairs.get(answer.from()) : peer;
            if (target != null) {
                target.applyRemote(SignalMapping.fromAnswer(answer));
            }
        } else if (body instanceof cn.remotewindow.protocol.message.IceCandidate candidate) {
            CallPeer target = isPair(candidate.from()) ? pairs.get(candidate.from()) : peer;
            if (target != null) {
                target.addRemoteCandidate(SignalMapping.fromMessage(candidate));
            }
        } else if (body instanceof SessionEnded end) {
            pairs.values().forEach(CallPeer::close);
            pairs.clear();
            CallPeer old = peer;
            peer = null;
            if (old != null) {
                old.close();
            }
            CompletableFuture<SessionEnded> done = ended;
            ended = new CompletableFuture<>();
            connected = new CompletableFuture<>();
            done.complete(end);
        }
    }

    /** Whether a message from this party belongs to a second peer rather than the one with the kiosk. */
    private boolean isPair(String from) {
        return from != null && !from.equals(partnerId);
    }

    private CallPeer openPair(String partyId, PeerRole role) {
        PeerConfig config = PeerConfig.of("expert-" + sessionId + "-" + partyId, role)
                .withIceServers(List.of());
        if (camera != null) {
            config = config.withCamera(camera);
        }
        return engine.newPeer(config, new PairEvents(sessionId, partyId));
    }

    private String ticket() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        String login = JSON.writeValueAsString(java.util.Map.of("username", username, "password", password));
        HttpResponse<String> token = client.send(HttpRequest.newBuilder(http.resolve("/api/auth/expert"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(login)).build(), HttpResponse.BodyHandlers.ofString());
        if (token.statusCode() != 200) {
            throw new IllegalStateException("expert sign-in answered " + token.statusCode() + ": " + token.body());
        }
        String access = JSON.readTree(token.body()).path("accessToken").asString();
        HttpResponse<String> ticket = client.send(HttpRequest.newBuilder(http.resolve("/api/signaling/ticket"))
                .header("Authorization", "Bearer " + access)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        if (ticket.statusCode() != 200) {
            throw new IllegalStateException("ticket answered " + ticket.statusCode());
        }
        return ticket.body();
    }

    @Override
    public void close() {
        thread.submit(() -> {
            if (peer != null) {
                peer.close();
                peer = null;
            }
            pairs.values().forEach(CallPeer::close);
            pairs.clear();
        });
        thread.shutdown();
        try {
            thread.awaitTermination(15, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (connection != null) {
            connection.close();
        }
        clients.close();
    }

    /** A second peer's callbacks (8.7): everything addressed to its party; media read from the peer. */
    private final class PairEvents implements PeerListener {

        private final String session;
        private final String to;

        PairEvents(String session, String to) {
            this.session = session;
            this.to = to;
        }

        @Override
        public void onLocalDescription(SessionDescription description) {
            connection.send(session, SignalMapping.toMessage(description, to));
        }

        @Override
        public void onLocalCandidate(IceCandidate candidate) {
            connection.send(session, SignalMapping.toMessage(candidate, to));
        }
    }

    private final class Events implements PeerListener {

        private final String session;
        /** Null in a two-party call and for the lead (the server's default); the kiosk's id for a guest. */
        private final String to;

        Events(String session, String to) {
            this.session = session;
            this.to = to;
        }

        @Override
        public void onLocalDescription(SessionDescription description) {
            connection.send(session, SignalMapping.toMessage(description, to));
        }

        @Override
        public void onLocalCandidate(IceCandidate candidate) {
            connection.send(session, SignalMapping.toMessage(candidate, to));
        }

        @Override
        public void onConnectionState(PeerState state) {
            if (state == PeerState.CONNECTED && !connected.isDone()) {
                connection.send(session, new PeerConnected());
                connected.complete(null);
            } else if (state == PeerState.FAILED) {
                connection.send(session, new IceRestart(to, null));
            }
        }

        @Override
        public void onMessage(String text) {
            controlReceived.add(text);
        }

        @Override
        public void onRemoteVideo(RemoteVideo video) {
            videos.add(video);
        }

        @Override
        public void onRemoteAudio(RemoteAudio audio) {
            audios.add(audio);
        }
    }
}
