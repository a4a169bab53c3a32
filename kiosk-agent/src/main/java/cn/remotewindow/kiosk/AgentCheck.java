package cn.remotewindow.kiosk;

import cn.remotewindow.client.SignalingClients;
import cn.remotewindow.kiosk.agent.LocalDevices;
import cn.remotewindow.kiosk.agent.VerifySetup;
import cn.remotewindow.kiosk.config.KioskConfig;
import cn.remotewindow.kiosk.identity.CardRead;
import cn.remotewindow.kiosk.identity.IdCardReader;
import cn.remotewindow.kiosk.link.AccessToken;
import cn.remotewindow.kiosk.link.LinkListener;
import cn.remotewindow.kiosk.link.LinkProblem;
import cn.remotewindow.kiosk.link.ServerApi;
import cn.remotewindow.kiosk.link.ServerLink;
import cn.remotewindow.kiosk.media.CallPeer;
import cn.remotewindow.kiosk.media.IceCandidate;
import cn.remotewindow.kiosk.media.MediaEngine;
import cn.remotewindow.kiosk.media.PeerConfig;
import cn.remotewindow.kiosk.media.PeerListener;
import cn.remotewindow.kiosk.media.PeerRole;
import cn.remotewindow.kiosk.media.RemoteVideo;
import cn.remotewindow.kiosk.media.SessionDescription;
import cn.remotewindow.protocol.Envelope;
import cn.remotewindow.protocol.message.AuthOk;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@code --check}: what a technician runs after installing or repairing a kiosk. Checks, in order,
 * the configuration, the server (sign-in, ticket, signaling), the devices, and a media loopback
 * call through the configured camera; prints one line per check and what to do about a failure.
 */
final class AgentCheck {

    private static final Duration MEDIA_WAIT = Duration.ofSeconds(15);

    private final KioskConfig config;
    private final PrintStream out;
    private boolean allGood = true;

    AgentCheck(KioskConfig config, PrintStream out) {
        this.config = config;
        this.out = out;
    }

    /** @return true when every check passed */
    boolean run() {
        out.println("kiosk-agent check");
        out.println("  configuration: server " + config.server().httpUrl() + ", " + config.device()
                + ", camera '" + config.media().camera() + "', microphone '" + config.media().microphone()
                + "', " + LocalDevices.formatFor(config.media()));
        checkServer();
        checkCardReader();
        try (MediaEngine engine = MediaEngine.start(LocalDevices.audioSetupFor(config.media()))) {
            out.println("  devices present: " + engine.devices().describe());
            LocalDevices devices = checkDevices(engine);
            if (devices != null) {
                try (devices) {
                    checkMedia(engine, devices);
                }
            }
        } catch (RuntimeException e) {
            fail("media engine", e.getMessage(), "check that libpulse0 is installed and the sound settings");
        }
        out.println(allGood ? "ALL CHECKS PASSED" : "SOME CHECKS FAILED");
        return allGood;
    }

    private void checkServer() {
        ServerApi api = new ServerApi(config.server().httpUrl(), config.device());
        try {
            AccessToken access = api.signIn();
            if (config.device().districtDiffers(access.district())) {
                fail("district", "configured for '" + config.device().district() + "', but the server's account of "
                        + config.device().kioskId() + " is in '" + access.district() + "'",
                        "fix kiosk.district, or have the administrator correct the kiosk's account");
            }
            pass("sign-in", "kiosk '" + access.kioskName() + "' in " + access.district());
        } catch (Exception e) {
            fail("sign-in", e.getMessage(), "check server.http-url, kiosk.id and kiosk.secret, and the network");
            return;
        }
        CompletableFuture<AuthOk> up = new CompletableFuture<>();
        AtomicReference<LinkProblem> down = new AtomicReference<>();
        try (SignalingClients clients = new SignalingClients(1);
             ServerLink link = new ServerLink(api, clients, config.reconnect(), new LinkListener() {
                 @Override
                 public void onUp(AuthOk identity) {
                     up.complete(identity);
                 }

                 @Override
                 public void onMessage(Envelope envelope) {
                 }

                 @Override
                 public void onDown(LinkProblem problem, int attempt, Duration retryIn) {
                     down.set(problem);
                 }
             }, () -> null, Clock.systemUTC())) {
            link.start();
            AuthOk identity = up.get(15, TimeUnit.SECONDS);
            pass("signaling", "connected as " + identity.id() + ", heartbeat " + identity.heartbeatSeconds() + " s");
        } catch (Exception e) {
            fail("signaling", "no connection within 15 s (" + down.get() + ")",
                    "check that the WebSocket port of the server is reachable from this kiosk (firewall, proxy)");
        }
    }

    /** The ID card reader of remote identity verification: none, or the file stand-in read once. */
    private void checkCardReader() {
        VerifySetup setup = VerifySetup.configured(config.identity());
        if (setup.cardReader() == null) {
            out.println("  --    card reader: none (identity.card-reader=none): identity checks go to the expert by hand");
            return;
        }
        try {
            IdCardReader.Result result = setup.cardReader().read(Duration.ofSeconds(1));
            if (result instanceof CardRead card) {
                var problems = card.facts().problems(java.time.LocalDate.now(Clock.system(VerifySetup.CARD_ZONE)));
                if (problems.isEmpty()) {
                    pass("card reader", setup.cardReader() + " (a stand-in, not for a kiosk in service): " + card);
                } else {
                    fail("card reader", card + " has problems " + problems, "fix the card files (identity.card-file)");
                }
            } else {
                fail("card reader", result.toString(), "fix identity.card-file and identity.card-photo");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private LocalDevices checkDevices(MediaEngine engine) {
        try {
            LocalDevices devices = LocalDevices.open(engine, config.media());
            pass("devices", "camera " + devices.camera().label() + ", microphone " + devices.microphone().label());
            return devices;
        } catch (RuntimeException e) {
            fail("devices", e.getMessage(), "plug the device in, or fix media.camera / media.microphone");
            return null;
        }
    }

    /** Two peers in this process, the kiosk's camera on one, frames counted on the other. */
    private void checkMedia(MediaEngine engine, LocalDevices devices) {
        AtomicReference<CallPeer> kioskSide = new AtomicReference<>();
        AtomicReference<CallPeer> otherSide = new AtomicReference<>();
        AtomicReference<RemoteVideo> received = new AtomicReference<>();
        CallPeer kiosk = null;
        CallPeer other = null;
        try {
            other = engine.newPeer(PeerConfig.of("check-expert", PeerRole.ANSWERER), new Relay(kioskSide) {
                @Override
                public void onRemoteVideo(RemoteVideo video) {
                    received.set(video);
                }
            });
            otherSide.set(other);
            kiosk = engine.newPeer(PeerConfig.of("check-kiosk", PeerRole.OFFERER)
                    .withCamera(devices.camera()), new Relay(otherSide));
            kioskSide.set(kiosk);
            kiosk.createOffer(false).get(10, TimeUnit.SECONDS);
            long deadline = System.nanoTime() + MEDIA_WAIT.toNanos();
            while (System.nanoTime() < deadline && (received.get() == null || received.get().framesReceived() < 30)) {
                Thread.sleep(100);
            }
            RemoteVideo video = received.get();
            if (video != null && video.framesReceived() >= 30) {
                pass("media", video.framesReceived() + " frames of " + video.lastWidth() + "x" + video.lastHeight()
                        + " through a local call");
            } else {
                fail("media", "no video through a local call within " + MEDIA_WAIT.toSeconds() + " s (state "
                        + kiosk.state() + ")", "the kiosk needs a network interface besides loopback");
            }
        } catch (Exception e) {
            fail("media", e.toString(), "see the log above");
        } finally {
            if (kiosk != null) {
                kiosk.close();
            }
            if (other != null) {
                other.close();
            }
        }
    }

    private void pass(String what, String detail) {
        out.println("  OK    " + what + ": " + detail);
    }

    private void fail(String what, String detail, String next) {
        allGood = false;
        out.println("  FAIL  " + what + ": " + detail);
        out.println("        what to do: " + next);
    }

    /** Hands descriptions and candidates straight to the other peer. */
    private static class Relay implements PeerListener {

        private final AtomicReference<CallPeer> other;

        Relay(AtomicReference<CallPeer> other) {
            this.other = other;
        }

        @Override
        public void onLocalDescription(SessionDescription description) {
            other.get().applyRemote(description);
        }

        @Override
        public void onLocalCandidate(IceCandidate candidate) {
            other.get().addRemoteCandidate(candidate);
        }
    }
}
