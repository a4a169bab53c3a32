package cn.remotewindow.kiosk.link;

import static org.assertj.core.api.Assertions.assertThat;

import cn.remotewindow.client.SignalingClients;
import cn.remotewindow.kiosk.config.KioskConfig;
import cn.remotewindow.kiosk.testing.SignalingServerProcess;
import cn.remotewindow.protocol.Envelope;
import cn.remotewindow.protocol.message.AuthOk;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The kiosk's link to a real signaling server: sign-in, ticket, auth, and reconnecting after every kind of loss. */
class ServerLinkTest {

    private static final KioskConfig.Reconnect FAST = new KioskConfig.Reconnect(Duration.ofMillis(100), Duration.ofSeconds(1), 0.1);

    private static SignalingServerProcess server;
    private static SignalingClients clients;

    private final BlockingQueue<Object> events = new LinkedBlockingQueue<>();
    private ServerLink link;

    @BeforeAll
    static void startServer() {
        server = new SignalingServerProcess().start();
        clients = new SignalingClients(1);
    }

    @AfterAll
    static void stopServer() {
        clients.close();
        server.close();
    }

    @AfterEach
    void closeLink() {
        if (link != null) {
            link.close();
        }
        if (!server.running()) {
            server.start();
        }
    }

    private record Down(LinkProblem problem, int attempt) {
    }

    private ServerLink link(URI http, String secret) {
        ServerApi api = new ServerApi(http, new KioskConfig.Device(SignalingServerProcess.KIOSK, secret));
        link = new ServerLink(api, clients, FAST, new LinkListener() {
            @Override
            public void onUp(AuthOk identity) {
                events.add(identity);
            }

            @Override
            public void onMessage(Envelope envelope) {
                events.add(envelope);
            }

            @Override
            public void onDown(LinkProblem problem, int attempt, Duration retryIn) {
                events.add(new Down(problem, attempt));
            }
        }, () -> null, Clock.systemUTC());
        link.start();
        return link;
    }

    private <T> T next(Class<T> type) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            Object event = events.poll(100, TimeUnit.MILLISECONDS);
            if (type.isInstance(event)) {
                return type.cast(event);
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " within 20 s");
    }

    @Test
    void signsInAndAuthenticatesAsTheKiosk() throws InterruptedException {
        link(server.httpUrl(), SignalingServerProcess.KIOSK_SECRET);
        AuthOk ok = next(AuthOk.class);
        assertThat(ok.id()).isEqualTo(SignalingServerProcess.KIOSK);
        assertThat(ok.district()).isEqualTo("红旗区");
        assertThat(link.isUp()).isTrue();
    }

    @Test
    void aRejectedSecretIsReportedAsSuch() throws InterruptedException {
        link(server.httpUrl(), "wrong-secret");
        assertThat(next(Down.class).problem()).isEqualTo(LinkProblem.CREDENTIAL_REJECTED);
        assertThat(link.isUp()).isFalse();
    }

    @Test
    void anUnreachableServerIsRetriedWithGrowingAttempts() throws InterruptedException {
        link(URI.create("http://127.0.0.1:1"), SignalingServerProcess.KIOSK_SECRET);
        Down first = next(Down.class);
        Down second = next(Down.class);
        assertThat(first.problem()).isEqualTo(LinkProblem.UNREACHABLE);
        assertThat(second.attempt()).isGreaterThan(first.attempt());
    }

    @Test
    void reconnectsAfterTheConnectionDrops() throws InterruptedException {
        link(server.httpUrl(), SignalingServerProcess.KIOSK_SECRET);
        next(AuthOk.class);
        link.dropConnection();
        assertThat(next(Down.class).problem()).isEqualTo(LinkProblem.CONNECTION_LOST);
        assertThat(next(AuthOk.class).id()).isEqualTo(SignalingServerProcess.KIOSK);
    }

    @Test
    void reconnectsWhenTheServerComesBackAfterARestartWithANewKey() throws InterruptedException {
        link(server.httpUrl(), SignalingServerProcess.KIOSK_SECRET);
        next(AuthOk.class);
        server.stop();
        next(Down.class);
        server.start();
        assertThat(next(AuthOk.class).id()).isEqualTo(SignalingServerProcess.KIOSK);
    }
}
