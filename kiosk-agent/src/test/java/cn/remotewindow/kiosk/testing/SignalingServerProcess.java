package cn.remotewindow.kiosk.testing;

import cn.remotewindow.signaling.SignalingApplication;
import cn.remotewindow.signaling.ws.SignalingServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The real signaling server, started in the test JVM with the embedded defaults (demo kiosks and
 * experts) on fixed free ports, so that it can be stopped and started again at the same address.
 */
public final class SignalingServerProcess implements AutoCloseable {

    public static final String KIOSK = "kiosk-hongqi-01";
    public static final String KIOSK_SECRET = "demo-kiosk-hongqi-01";

    private final int httpPort;
    private final int signalingPort;
    private final List<String> extra;
    private final String recordsName = "records-" + java.util.UUID.randomUUID();
    private ConfigurableApplicationContext context;

    public SignalingServerProcess(String... extraArgs) {
        this.httpPort = freePort();
        this.signalingPort = freePort();
        this.extra = List.of(extraArgs);
    }

    public SignalingServerProcess start() {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=" + httpPort,
                "--server.address=127.0.0.1",
                "--window.signaling.port=" + signalingPort,
                "--window.signaling.bind-address=127.0.0.1",
                "--window.demo.enabled=true",
                "--window.auth.bcrypt-strength=4",
                "--spring.main.banner-mode=off"));
        if (extra.stream().noneMatch(a -> a.startsWith("--window.records.url="))) {
            // Its own records database in memory, kept across a stop and start of this server (same JVM).
            args.add("--window.records.url=jdbc:h2:mem:" + recordsName);
        }
        args.addAll(extra);
        context = new SpringApplicationBuilder(SignalingApplication.class).run(args.toArray(String[]::new));
        return this;
    }

    public void stop() {
        if (context != null) {
            context.close();
            context = null;
        }
    }

    public URI httpUrl() {
        return URI.create("http://127.0.0.1:" + httpPort);
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public boolean running() {
        return context != null && context.getBean(SignalingServer.class).isRunning();
    }

    @Override
    public void close() {
        stop();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port", e);
        }
    }
}
