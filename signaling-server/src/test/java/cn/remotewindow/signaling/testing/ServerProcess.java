package cn.remotewindow.signaling.testing;

import static org.awaitility.Awaitility.await;

import cn.remotewindow.signaling.SignalingApplication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The real server ({@link SignalingApplication}) in a JVM of its own, on free loopback ports, for
 * tests that must kill it the way an operating system would. It runs on the test's classpath minus
 * the test classes and resources (so that it reads the application's configuration, not the
 * tests': {@link ChildJvm}), writes its output to a log file, and is never left behind:
 * {@link #close()} kills it, and so does the test JVM's exit.
 */
public final class ServerProcess implements AutoCloseable {

    /** The exit status of a JVM killed by SIGKILL (128 + 9). */
    public static final int KILLED = 137;

    private final Process process;
    private final int httpPort;
    private final int signalingPort;
    private final Path log;
    private final long startedNanos = System.nanoTime();
    /** Kills the server should the test JVM exit without closing it (a surefire timeout, say). */
    private final Thread reaper;
    private Duration readyAfter;

    private ServerProcess(Process process, int httpPort, int signalingPort, Path log) {
        this.process = process;
        this.httpPort = httpPort;
        this.signalingPort = signalingPort;
        this.log = log;
        this.reaper = new Thread(process::destroyForcibly, "server-process-reaper");
        Runtime.getRuntime().addShutdownHook(reaper);
    }

    /**
     * Starts the server with these {@code --key=value} arguments besides its ports and addresses.
     *
     * @param log where the server's output goes (overwritten)
     */
    public static ServerProcess start(List<String> arguments, Path log) {
        int httpPort = freePort();
        int signalingPort = freePort();
        List<String> command = new ArrayList<>(ChildJvm.command(SignalingApplication.class, false, "-Xmx384m",
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Djava.awt.headless=true"));
        command.addAll(List.of("--server.address=127.0.0.1", "--server.port=" + httpPort,
                "--window.signaling.bind-address=127.0.0.1", "--window.signaling.port=" + signalingPort));
        command.addAll(arguments);
        try {
            Files.createDirectories(log.getParent());
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            return new ServerProcess(process, httpPort, signalingPort, log);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the server process", e);
        }
    }

    /** Waits until the server reports itself ready (its readiness probe answers UP). */
    public ServerProcess awaitReady(Duration within) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest probe = HttpRequest.newBuilder(URI.create(httpBase() + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(5)).GET().build();
        await("server ready (log: " + log + ")").atMost(within).pollInterval(Duration.ofMillis(100))
                .ignoreExceptions()
                .until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException("the server exited with " + process.exitValue() + "; log: " + log);
                    }
                    return http.send(probe, HttpResponse.BodyHandlers.ofString()).body().contains("\"UP\"");
                });
        readyAfter = Duration.ofNanos(System.nanoTime() - startedNanos);
        return this;
    }

    /** From the start of the process until its readiness probe first answered UP. */
    public Duration readyAfter() {
        return readyAfter;
    }

    public String httpBase() {
        return "http://127.0.0.1:" + httpPort;
    }

    public int signalingPort() {
        return signalingPort;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public Path log() {
        return log;
    }

    /** SIGKILL: no shutdown hook, no flush, no goodbye. Returns the exit status once it is gone. */
    public int kill() {
        process.destroyForcibly();
        return exitStatus(Duration.ofSeconds(30));
    }

    /** SIGTERM: the server shuts down in order (Spring's shutdown hook). Returns the exit status. */
    public int stop(Duration within) {
        process.destroy();
        return exitStatus(within);
    }

    private int exitStatus(Duration within) {
        try {
            if (!process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
                throw new IllegalStateException("the server did not exit within " + within + "; log: " + log);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IllegalStateException("interrupted while waiting for the server to exit", e);
        }
        return process.exitValue();
    }

    /** Kills the process if it still runs: nothing outlives the test, however it ended. */
    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(reaper);
        } catch (IllegalStateException shuttingDown) {
            // The hook runs anyway.
        }
        if (process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port", e);
        }
    }
}
