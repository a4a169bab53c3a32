package cn.remotewindow.bench.signaling;

import cn.remotewindow.client.SignalingClients;
import cn.remotewindow.signaling.party.Expert;
import cn.remotewindow.signaling.party.Kiosk;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * The signaling benchmark against a running server: connects the kiosks and experts, sends
 * requests at a steady rate through a warm-up and a measured window, lets the last cycles finish,
 * and reports. bench/run starts and stops the server around it.
 */
public final class SignalingBench {

    private static final Duration CONNECT_TIMEOUT = Duration.ofMinutes(3);

    private final LoadPlan plan;
    private final Tally tally = new Tally();
    private final Latencies latencies = new Latencies();
    private final Cycles cycles;
    private final RequestPacer pacer;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "hang-up-timer");
        thread.setDaemon(true);
        return thread;
    });
    private final Stage stage;

    private SignalingBench(LoadPlan plan) {
        this.plan = plan;
        this.cycles = new Cycles(plan.candidates());
        this.pacer = new RequestPacer(plan.rate(), plan.skills(), tally);
        this.stage = new Stage(plan, tally, latencies, cycles, new SyntheticSdp(plan.sdpBytes(), plan.candidates()), timer);
    }

    /** Entry point for {@code Benchmarks signaling ...}. */
    public static int run(String[] args) throws Exception {
        LoadPlan plan;
        try {
            plan = LoadPlan.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(LoadPlan.USAGE);
            return 2;
        }
        return new SignalingBench(plan).run();
    }

    private int run() throws Exception {
        if (plan.experts() < plan.expertsNeeded()) {
            Phases.progress("warning: %d experts may be too few for %.0f requests/s with %d ms calls (about %d needed);"
                    + " requests will queue", plan.experts(), plan.rate(), plan.hold().toMillis(), plan.expertsNeeded());
        }
        Phases.progress("measuring how late sleeping threads wake up on this machine (3 s)");
        Histogram wakeup = WakeupFloor.measure(2500);
        List<SimulatedExpert> experts = experts();
        List<SimulatedKiosk> kiosks = kiosks();
        List<SimulatedParty> everyone = new ArrayList<>(experts);
        everyone.addAll(kiosks);
        Outcome outcome;
        try (SignalingClients clients = new SignalingClients(plan.ioThreads());
             HeapSampler heap = plan.serverPid() > 0 ? new HeapSampler(plan.serverPid()) : null) {
            Fleet fleet = new Fleet(clients, plan.uri(), new TicketMint(plan.secret(), plan.issuer()),
                    plan.connectConcurrency());
            Phases.progress("connecting %d experts and %d kiosks to %s", experts.size(), kiosks.size(), plan.uri());
            long connectStart = System.nanoTime();
            int ready = fleet.open(experts, CONNECT_TIMEOUT);
            ready += fleet.open(kiosks, CONNECT_TIMEOUT);
            double connectSeconds = (System.nanoTime() - connectStart) / 1e9;
            Phases.progress("%d of %d connections authenticated in %.1f s", ready, everyone.size(), connectSeconds);
            for (SimulatedKiosk kiosk : kiosks) {
                if (kiosk.isOpen() && kiosk.ready().isDone() && !kiosk.ready().isCompletedExceptionally()) {
                    pacer.free(kiosk);
                }
            }

            Thread pacing = new Thread(pacer, "request-pacer");
            pacing.setDaemon(true);
            pacing.start();
            Phases.progress("warming up for %d s at %.0f requests/s", plan.warmup().toSeconds(), plan.rate());
            Phases.waitShowingProgress("warm-up", plan.warmup(), cycles, tally);

            CpuTime.Reading serverFrom = CpuTime.of(plan.serverPid());
            CpuTime.Reading benchFrom = CpuTime.self();
            HeapSampler.Pauses serverGcFrom = heap == null ? null : heap.pauses();
            HeapSampler.Pauses benchGcFrom = OwnGc.totals();
            pacer.phase(RequestPacer.Phase.MEASURING);
            long measureStart = System.nanoTime();
            Phases.progress("measuring for %d s", plan.duration().toSeconds());
            Phases.waitShowingProgress("measuring", plan.duration(), cycles, tally);
            pacer.phase(RequestPacer.Phase.STOPPED);
            double measuredSeconds = (System.nanoTime() - measureStart) / 1e9;
            CpuTime.Reading serverTo = CpuTime.of(plan.serverPid());
            CpuTime.Reading benchTo = CpuTime.self();
            HeapSampler.Pauses benchGc = OwnGc.totals().minus(benchGcFrom);
            // jstat samples once a second: wait for one taken after the window closed.
            TimeUnit.MILLISECONDS.sleep(1100);
            HeapSampler.Pauses serverGcTo = heap == null ? null : heap.pauses();
            HeapSampler.Pauses serverGc = serverGcFrom == null || serverGcTo == null ? null : serverGcTo.minus(serverGcFrom);
            pacing.join();
            int open = Phases.countOpen(everyone);

            Phases.progress("letting %d cycles in flight finish", cycles.openCount());
            Phases.drain(cycles, plan.cycleTimeout());
            double live = heap == null ? -1 : heap.liveAfterFullGc();
            Latencies.Snapshot snapshot = latencies.takeSnapshot();

            tally.closing();
            Phases.closeAll(everyone);
            outcome = new Outcome(plan, open, ready, connectSeconds, measuredSeconds, cycles.startedMeasured(),
                    cycles.completedMeasured(), cycles.queuedMeasured(), cycles.started(), cycles.lost(), snapshot,
                    tally.errors(), tally.errorReplies(), tally.unexpectedCloses(), tally.connectFailures(),
                    tally.undecodableFrames(), tally.surprises(), tally.noIdleKioskCount(), tally.examples(),
                    cycles.openProgress(5),
                    CpuTime.processPercent(serverFrom, serverTo, plan.clockTicksPerSecond()),
                    CpuTime.processPercent(benchFrom, benchTo, plan.clockTicksPerSecond()),
                    CpuTime.machineBusyPercent(benchFrom, benchTo),
                    CpuTime.machineStealPercent(benchFrom, benchTo),
                    heap == null ? -1 : heap.maxUsedMb(), live, heap == null ? 0 : heap.samples(), serverGc, benchGc,
                    wakeup, tally.queueUpdates());
        } finally {
            timer.shutdownNow();
        }
        Report.print(outcome, System.out);
        // Missed latency targets are a result; lost cycles and errors mean the run itself is suspect.
        return outcome.lost() == 0 && outcome.errors() == 0 ? 0 : 1;
    }

    private List<SimulatedExpert> experts() {
        List<SimulatedExpert> experts = new ArrayList<>(plan.experts());
        for (int i = 0; i < plan.experts(); i++) {
            // Two skills each (one if there is only one), so every skill is held by 2/skills of the experts.
            Set<String> skills = new HashSet<>(List.of(RequestPacer.skill(i % plan.skills()),
                    RequestPacer.skill((i + 1) % plan.skills())));
            experts.add(new SimulatedExpert(new Expert(String.format(Locale.ROOT, "expert-%05d", i + 1),
                    "Bench expert " + (i + 1), skills), stage));
        }
        return experts;
    }

    private List<SimulatedKiosk> kiosks() {
        List<SimulatedKiosk> kiosks = new ArrayList<>(plan.kiosks());
        for (int i = 0; i < plan.kiosks(); i++) {
            kiosks.add(new SimulatedKiosk(new Kiosk(String.format(Locale.ROOT, "kiosk-%05d", i + 1),
                    "Bench kiosk " + (i + 1), String.format(Locale.ROOT, "district-%02d", i % 12 + 1)), stage, pacer::free));
        }
        return kiosks;
    }
}
