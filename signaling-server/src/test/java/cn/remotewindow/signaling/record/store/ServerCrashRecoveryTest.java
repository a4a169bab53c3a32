package cn.remotewindow.signaling.record.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.remotewindow.client.SignalingClients;
import cn.remotewindow.signaling.SignalingApplication;
import cn.remotewindow.signaling.record.store.OutcomeLedger.Acknowledgement;
import cn.remotewindow.signaling.record.store.OutcomeLedger.Submission;
import cn.remotewindow.signaling.record.store.ServiceLoop.Account;
import cn.remotewindow.signaling.testing.ChildJvm;
import cn.remotewindow.signaling.testing.ServerProcess;
import cn.remotewindow.signaling.testing.WindowApi;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Issue 6's crash test: the real server in its own JVM, on an H2 file, with demo experts recording
 * case outcomes over the public protocol from four kiosks at once; the process is killed hard
 * (SIGKILL) right after a submission went out. After a restart on the same file every outcome the
 * server had acknowledged is there, read back by its expert over the HTTP API with the token
 * issued before the crash, and the auditor finds each such record's chain intact; the store goes
 * on recording; and once the server is stopped (SIGTERM) the file is closed cleanly, holds nothing
 * half-written, and {@code verify-records} finds the whole chain intact. Kills the whole server;
 * CrashRecoveryTest kills the store alone, under heavier write load.
 */
class ServerCrashRecoveryTest {

    /** Acknowledged outcomes before the kill (two per session: during the call and in wrap-up). */
    private static final int ACKNOWLEDGED_BEFORE_KILL = 60;
    /** Generous: a cold Spring Boot start with OpenCV took 50 s on this 2-core machine under load. */
    private static final Duration START = Duration.ofSeconds(150);
    private static final Path LOGS = Path.of("target", "crash-recovery");

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 8, unit = TimeUnit.MINUTES)
    void everyAcknowledgedOutcomeSurvivesAKillAndTheChainStillVerifies() throws Exception {
        String file = dir.resolve("records").toString();
        List<String> arguments = serverArguments(file);
        OutcomeLedger ledger = new OutcomeLedger(ACKNOWLEDGED_BEFORE_KILL);
        List<ServiceLoop> loops = demoPairs(ledger);

        Duration firstStart = serveUntilKilledHard(arguments, loops, ledger);
        // Nothing can arrive any more: what was acknowledged is final.
        assertThat(H2FileHeader.closedCleanly(file)).as("left by a dead process: %s", H2FileHeader.of(file)).isFalse();
        List<Acknowledgement> acknowledged = ledger.acknowledged();
        List<Submission> inFlight = ledger.inFlight();
        assertThat(ledger.problems()).isEmpty();
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(ACKNOWLEDGED_BEFORE_KILL);

        Duration stop;
        OutcomeLedger afterRestart = new OutcomeLedger(Integer.MAX_VALUE);
        try (ServerProcess server = ServerProcess.start(arguments, LOGS.resolve("server-2.log"))) {
            Duration restart = server.awaitReady(START).readyAfter();
            WindowApi api = new WindowApi(server.httpBase());
            Map<String, String> tokens = loops.stream().collect(Collectors.toMap(ServiceLoop::expertId,
                    ServiceLoop::expertToken));
            Map<String, List<JsonNode>> outcomeEvents = outcomeEventsOfSessions(api, tokens, ledger);
            List<String> lost = lost(acknowledged, outcomeEvents);
            int committedInFlight = committed(inFlight, acknowledged, outcomeEvents);
            System.out.printf("CRASH acknowledged=%d in_flight_at_kill=%d in_flight_committed=%d lost=%d"
                            + " first_start_ms=%d restart_ms=%d%n", acknowledged.size(), inFlight.size(),
                    committedInFlight, lost.size(), firstStart.toMillis(), restart.toMillis());
            assertThat(lost).as("acknowledged outcomes lost in the crash (of %d)", acknowledged.size()).isEmpty();
            assertThat(brokenChains(api, ledger.acknowledgedSessions())).as("records whose chain is broken").isEmpty();

            stop = goOnAndStop(server, api, afterRestart);
            assertThat(Files.readAllLines(server.log())).as("the stopping server's writes")
                    .noneMatch(line -> line.contains("was not recorded") || line.contains("a write failed"));
        }
        assertThat(H2FileHeader.closedCleanly(file)).as("closed by the stopped server: %s", H2FileHeader.of(file))
                .isTrue();

        StoredSessionsCheck.Report stored = new StoredSessionsCheck(file).run();
        assertThat(stored.problems()).as("half-written records").isEmpty();
        assertThat(stored.outcomeEvents()).isGreaterThanOrEqualTo(acknowledged.size() + 3);
        String openAtStop = afterRestart.acknowledged().stream()
                .filter(ack -> ack.submission().expertId().equals("wangfang"))
                .findFirst().orElseThrow().submission().sessionId();
        assertThat(stored.endReasons().get(openAtStop)).as("the call going on when the server stopped")
                .isEqualTo("SERVER_SHUTDOWN");
        // The calls open at the kill were ended by the restart (InterruptedSessions), none is left open.
        assertThat(stored.unended()).as("sessions never ended: %s", stored.endReasons()).isZero();
        assertThat(stored.endReasons().values()).as("calls the killed server lost").contains("SESSION_LOST");
        String verified = verifyRecords(file);
        assertThat(verified).as("verify-records on the stopped file")
                .contains("INTACT: " + stored.auditEntries() + " audit entries");

        System.out.printf("CRASH stored: sessions=%d events=%d outcome_events=%d audit_entries=%d"
                        + " sessions_never_ended=%d stop_ms=%d%n", stored.sessions(), stored.events(),
                stored.outcomeEvents(), stored.auditEntries(), stored.unended(), stop.toMillis());
    }

    /**
     * Starts the server, lets the pairs serve until the target is acknowledged and one more
     * submission is out, then kills the process (SIGKILL) and waits until every client saw its
     * connection go. Returns how long the server took to be ready.
     */
    private static Duration serveUntilKilledHard(List<String> arguments, List<ServiceLoop> loops, OutcomeLedger ledger)
            throws Exception {
        try (ServerProcess server = ServerProcess.start(arguments, LOGS.resolve("server-1.log"))) {
            Duration ready = server.awaitReady(START).readyAfter();
            try (SignalingClients clients = new SignalingClients(2)) {
                WindowApi api = new WindowApi(server.httpBase());
                for (ServiceLoop loop : loops) {
                    loop.start(api, clients);
                }
                assertThat(ledger.awaitTargetWithSubmissionInFlight())
                        .as("%d outcomes acknowledged; problems: %s", ledger.acknowledged().size(), ledger.problems())
                        .isTrue();
                assertThat(server.kill()).as("exit status of a SIGKILLed JVM").isEqualTo(ServerProcess.KILLED);
                assertThat(server.isAlive()).isFalse();
                for (ServiceLoop loop : loops) {
                    assertThat(loop.awaitClosed(Duration.ofSeconds(10))).as("connections gone").isTrue();
                }
            }
            return ready;
        }
    }

    /**
     * The store goes on after the crash: one session served and wrapped up (two outcomes
     * acknowledged), and one call with its outcome acknowledged still going when the server is
     * stopped (SIGTERM). Returns how long the stop took.
     */
    private static Duration goOnAndStop(ServerProcess server, WindowApi api, OutcomeLedger ledger) throws Exception {
        try (SignalingClients clients = new SignalingClients(1);
             ServiceLoop served = new ServiceLoop(new Account("zhangwei", "demo-zhangwei"),
                     new Account("kiosk-hongqi-01", "demo-kiosk-hongqi-01"), "PSB-HJQY", "410702-2026-R", 1, true,
                     ledger);
             ServiceLoop inCall = new ServiceLoop(new Account("wangfang", "demo-wangfang"),
                     new Account("kiosk-weibin-01", "demo-kiosk-weibin-01"), "MNR-BDCDJ", "410703-2026-R", 1, false,
                     ledger)) {
            served.start(api, clients);
            inCall.start(api, clients);
            await("outcomes acknowledged after the restart").atMost(Duration.ofSeconds(30))
                    .until(() -> ledger.acknowledged().size() == 3 || !ledger.problems().isEmpty());
            assertThat(ledger.problems()).isEmpty();
            long stopping = System.nanoTime();
            assertThat(server.stop(Duration.ofSeconds(60))).as("exit status after SIGTERM: shutdown hooks ran")
                    .isEqualTo(143);
            return Duration.ofNanos(System.nanoTime() - stopping);
        }
    }

    /** The server as bin/run starts it, on this test's H2 file, with keys that outlive one process. */
    private static List<String> serverArguments(String file) {
        return List.of("--window.demo.enabled=true", "--window.auth.bcrypt-strength=4",
                "--window.auth.jwt-secret=" + randomKey(), "--window.identity.evidence-key=" + randomKey(),
                "--window.records.url=jdbc:h2:file:" + file,
                // The parties are robots answering within a millisecond, not people: lift the rate limit.
                "--window.signaling.rate-limit.messages-per-second=2000", "--window.signaling.rate-limit.burst=2000");
    }

    /** Each demo kiosk asks for an item only one demo expert holds: four calls at a time. */
    private static List<ServiceLoop> demoPairs(OutcomeLedger ledger) {
        return List.of(demoPair("zhangwei", "kiosk-hongqi-01", "PSB-HJQY", "410702-2026-", ledger),
                demoPair("wangfang", "kiosk-weibin-01", "MNR-BDCDJ", "410703-2026-", ledger),
                demoPair("chenjing", "kiosk-muye-01", "MCA-DBSQ", "410711-2026-", ledger),
                demoPair("zhaolei", "kiosk-yuanyang-01", "MARKET-QYKB", "410725-2026-", ledger));
    }

    /** A demo expert and kiosk (their passwords are public: DemoAccounts), serving until the server dies. */
    private static ServiceLoop demoPair(String expert, String kiosk, String itemCode, String casePrefix,
                                        OutcomeLedger ledger) {
        return new ServiceLoop(new Account(expert, "demo-" + expert), new Account(kiosk, "demo-" + kiosk), itemCode,
                casePrefix, Integer.MAX_VALUE, true, ledger);
    }

    /** GET /api/sessions/{id} as the expert who served it: the OUTCOME events of every session served. */
    private static Map<String, List<JsonNode>> outcomeEventsOfSessions(WindowApi api, Map<String, String> tokens,
                                                                       OutcomeLedger ledger) {
        Map<String, List<JsonNode>> outcomes = new HashMap<>();
        ledger.sessions().forEach((sessionId, expertId) -> {
            WindowApi.Answer answer = api.session(tokens.get(expertId), sessionId);
            List<JsonNode> events = new ArrayList<>();
            if (answer.status() == 200) {
                answer.body().get("events").forEach(event -> {
                    if ("OUTCOME".equals(event.get("kind").asString())) {
                        events.add(event);
                    }
                });
            } else {
                // A session accepted just before the kill may have had its events still queued.
                assertThat(answer.status()).as("session %s", sessionId).isEqualTo(404);
            }
            outcomes.put(sessionId, events);
        });
        return outcomes;
    }

    /** The acknowledged outcomes that are not among their session's events. */
    private static List<String> lost(List<Acknowledgement> acknowledged, Map<String, List<JsonNode>> outcomeEvents) {
        List<String> missing = new ArrayList<>();
        for (Acknowledgement ack : acknowledged) {
            String sessionId = ack.submission().sessionId();
            boolean present = outcomeEvents.getOrDefault(sessionId, List.of()).stream().anyMatch(event ->
                    Instant.parse(event.get("at").asString()).toEpochMilli() == ack.recordedAt()
                            && (ack.outcome() + " " + ack.caseNumber()).equals(event.get("note").asString()));
            if (!present) {
                missing.add(sessionId + " " + ack.outcome() + " " + ack.caseNumber() + " at " + ack.recordedAt());
            }
        }
        return missing;
    }

    /** How many of the submissions in flight at the kill were committed all the same (allowed, not required). */
    private static int committed(List<Submission> inFlight, List<Acknowledgement> acknowledged,
                                 Map<String, List<JsonNode>> outcomeEvents) {
        int committed = 0;
        for (Submission submission : inFlight) {
            long stored = outcomeEvents.getOrDefault(submission.sessionId(), List.of()).stream()
                    .filter(event -> event.get("note").asString().startsWith(submission.outcome() + " ")).count();
            long acknowledgedAlike = acknowledged.stream()
                    .filter(ack -> ack.submission().sessionId().equals(submission.sessionId())
                            && ack.outcome() == submission.outcome())
                    .count();
            if (stored > acknowledgedAlike) {
                committed++;
            }
        }
        return committed;
    }

    /**
     * GET /api/admin/sessions/{id} as the demo auditor: the sessions whose part of the chain is not
     * intact, or has fewer entries than the timeline has events (the auditor's views are entries
     * about the session too, so there may be more).
     */
    private static List<String> brokenChains(WindowApi api, Set<String> sessionIds) {
        String auditor = api.adminToken("auditor", "demo-auditor");
        List<String> broken = new ArrayList<>();
        for (String sessionId : sessionIds) {
            WindowApi.Answer answer = api.adminSession(auditor, sessionId);
            JsonNode chain = answer.status() == 200 ? answer.body().get("chain") : null;
            int events = answer.status() == 200 ? answer.body().get("session").get("events").size() : -1;
            if (chain == null || !chain.get("intact").asBoolean() || chain.get("entries").asLong() < events) {
                broken.add(sessionId + ": " + answer.status() + " " + answer.body());
            }
        }
        return broken;
    }

    /**
     * The operator's check of a stopped server's records ({@code window-server.jar verify-records}):
     * the whole chain and every stored event against it. Returns its output once it exited with 0.
     */
    private String verifyRecords(String file) throws Exception {
        List<String> command = new ArrayList<>(ChildJvm.command(SignalingApplication.class, false, "-Xmx256m"));
        command.addAll(List.of(VerifyRecordsCommand.NAME, "--window.records.url=jdbc:h2:file:" + file));
        Path output = dir.resolve("verify-records.txt");
        Process verify = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        try {
            assertThat(verify.waitFor(120, TimeUnit.SECONDS)).as("verify-records finished").isTrue();
            assertThat(verify.exitValue()).as("verify-records: %s", Files.readString(output)).isZero();
            return Files.readString(output);
        } finally {
            verify.destroyForcibly();
        }
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
