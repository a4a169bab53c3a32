package cn.remotewindow.kiosk.screen.swing;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * An Xvfb X server for the screenshot test. Xvfb picks a free display number itself
 * ({@code -displayfd}) and reports it once it accepts connections, so parallel builds on one
 * machine do not collide. Closing stops it.
 */
public final class VirtualDisplay implements AutoCloseable {

    private final Process process;
    private final int number;

    private VirtualDisplay(Process process, int number) {
        this.process = process;
        this.number = number;
    }

    /** The Xvfb binary on the PATH, if installed (Debian package xvfb). */
    public static Optional<Path> findXvfb() {
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        return Stream.of(path.split(File.pathSeparator))
                .map(dir -> Path.of(dir, "Xvfb"))
                .filter(Files::isExecutable)
                .findFirst();
    }

    public static VirtualDisplay start(Path xvfb, int width, int height, Path log) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(xvfb.toString(), "-displayfd", "1",
                "-screen", "0", width + "x" + height + "x24", "-nolisten", "tcp")
                .redirectError(log.toFile())
                .start();
        CompletableFuture<String> firstLine = CompletableFuture.supplyAsync(() -> {
            try {
                return new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.US_ASCII))
                        .readLine();
            } catch (IOException e) {
                return null;
            }
        });
        try {
            String line = firstLine.get(20, TimeUnit.SECONDS);
            if (line == null || !line.trim().matches("\\d+")) {
                throw new IOException("Xvfb did not report a display: " + line + "; see " + log);
            }
            return new VirtualDisplay(process, Integer.parseInt(line.trim()));
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            process.destroyForcibly();
            throw new IOException("Xvfb did not start; see " + log, e);
        }
    }

    /** The value for the DISPLAY environment variable. */
    public String display() {
        return ":" + number;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
    }
}
