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
                thread.execute(() -> handle(envelope));
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
            videos.clear();
            audios.clear();
            controlReceived.clear();
            PeerConfig config = PeerConfig.of("expert-" + sessionId, PeerRole.ANSWERER)
                    .withIceServers(SignalMapping.iceServers(established.iceServers()));
            if (camera != null) {
                config = config.withCamera(camera);
            }
            peer = engine.newPeer(config, new Events(sessionId));
        } else if (body instanceof SdpOffer offer) {
            if (peer != null) {
                peer.applyRemote(SignalMapping.fromOffer(offer));
            }
        } else if (body instanceof SdpAnswer answer) {
            if (peer != null) {
                peer.applyRemote(SignalMapping.fromAnswer(answer));
            }
        } else if (body instanceof cn.remotewindow.protocol.message.IceCandidate candidate) {
            if (peer != null) {
                peer.addRemoteCandidate(SignalMapping.fromMessage(candidate));
            }
        } else if (body instanceof SessionEnded end) {
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

    private final class Events implements PeerListener {

        private final String session;

        Events(String session) {
            this.session = session;
        }

        @Override
        public void onLocalDescription(SessionDescription description) {
            connection.send(session, SignalMapping.toMessage(description));
        }

        @Override
        public void onLocalCandidate(IceCandidate candidate) {
            connection.send(session, SignalMapping.toMessage(candidate));
        }

        @Override
        public void onConnectionState(PeerState state) {
            if (state == PeerState.CONNECTED && !connected.isDone()) {
                connection.send(session, new PeerConnected());
                connected.complete(null);
            } else if (state == PeerState.FAILED) {
                connection.send(session, new IceRestart());
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
