package cn.remotewindow.kiosk.bench;

import cn.remotewindow.kiosk.media.VideoFormat;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A {@link BenchKiosk} in a child JVM: the same java and classpath as this one (so the same
 * network namespace), its stdin for commands, its stdout for answers. The child's log lines go to
 * our stderr marked "[kiosk]"; so does its stderr.
 */
final class KioskProcess implements AutoCloseable {

    private final Process process;
    private final Writer commands;
    private final BlockingQueue<String> answers = new LinkedBlockingQueue<>();

    private KioskProcess(Process process) {
        this.process = process;
        this.commands = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        Thread reader = new Thread(this::readAnswers, "kiosk-stdout");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts the child with extra JVM options and waits for its "ready". */
    static KioskProcess start(URI server, VideoFormat format, List<String> jvmOptions) throws IOException {
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), BenchKiosk.class.getName(),
                server.toString(), format.width() + "x" + format.height() + "@" + format.fps()));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        KioskProcess kiosk = new KioskProcess(process);
        kiosk.expect("ready", Duration.ofSeconds(60));
        return kiosk;
    }

    long pid() {
        return process.pid();
    }

    /** Sends a command and returns its answer (a "failed ..." answer too). */
    String ask(String command, Duration timeout) throws IOException {
        commands.write(command + "\n");
        commands.flush();
        return next(command, timeout);
    }

    /** Sends a command and fails unless the answer starts with {@code expected}. */
    String ask(String command, String expected, Duration timeout) throws IOException {
        String answer = ask(command, timeout);
        if (!answer.startsWith(expected)) {
            throw new IllegalStateException("kiosk answered '" + command + "' with: " + answer);
        }
        return answer;
    }

    private void expect(String expected, Duration timeout) {
        String answer = next("start", timeout);
        if (!answer.startsWith(expected)) {
            throw new IllegalStateException("kiosk did not start: " + answer);
        }
    }

    private String next(String what, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            // In slices, so that a kiosk that died is reported at once rather than after the timeout.
            while (System.nanoTime() < deadline) {
                String answer = answers.poll(500, TimeUnit.MILLISECONDS);
                if (answer != null) {
                    return answer;
                }
                if (!process.isAlive() && answers.isEmpty()) {
                    throw new IllegalStateException("kiosk exited with " + process.exitValue() + " before answering '"
                            + what + "'");
                }
            }
            throw new IllegalStateException("kiosk did not answer '" + what + "' within " + timeout.toSeconds() + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private void readAnswers() {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith(BenchKiosk.PREFIX)) {
                    answers.add(line.substring(BenchKiosk.PREFIX.length()));
                } else {
                    System.err.println("[kiosk] " + line);
                }
            }
        } catch (IOException e) {
            // The child is gone; next() says so.
        }
    }

    /** Asks the child to quit (it closes the agent and the media), and kills it if it does not. */
    @Override
    public void close() {
        try {
            if (process.isAlive()) {
                ask("quit", Duration.ofSeconds(30));
            }
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                System.err.println("[kiosk-bench] the kiosk did not exit; killing it");
            }
        } catch (IOException | RuntimeException e) {
            System.err.println("[kiosk-bench] the kiosk did not quit cleanly: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            process.destroyForcibly();
        }
    }
}
