package cn.remotewindow.bench.signaling;

import cn.remotewindow.client.SignalingClients;
import cn.remotewindow.signaling.party.Expert;
import cn.remotewindow.signaling.party.Kiosk;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * The signaling benchmark against several nodes sharing one Redis: the same parties, cycles and
 * figures as {@link SignalingBench}, with kiosks and experts spread over the nodes so that every
 * pairing crosses nodes ({@link Spread}); after the measured window, a node is killed under held
 * calls ({@link NodeFailover}). bench/run starts and stops Redis and the nodes around it.
 */
public final class ClusterBench {

    private static final Duration CONNECT_TIMEOUT = Duration.ofMinutes(3);

    private final ClusterPlan cluster;
    private final LoadPlan plan;
    private final Spread spread;
    private final Tally tally = new Tally();
    private final Latencies latencies = new Latencies();
    private final Cycles cycles;
    private final RequestPacer pacer;
    private final Map<SimulatedKiosk, Integer> nodeOfKiosk = new IdentityHashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "hang-up-timer");
        thread.setDaemon(true);
        return thread;
    });
    private final Stage stage;

    private ClusterBench(ClusterPlan cluster) {
        this.cluster = cluster;
        this.plan = cluster.load();
        this.spread = new Spread(cluster.nodes().size(), plan.skills());
        this.cycles = new Cycles(plan.candidates());
        this.pacer = new RequestPacer(plan.rate(), (kiosk, n) -> spread.askedFrom(nodeOfKiosk.get(kiosk)), tally);
        this.stage = new Stage(plan, tally, latencies, cycles, new SyntheticSdp(plan.sdpBytes(), plan.candidates()), timer);
    }

    /** Entry point for {@code Benchmarks cluster ...}. */
    public static int run(String[] args) throws Exception {
        ClusterPlan plan;
        try {
            plan = ClusterPlan.parse(args);
            new Spread(plan.nodes().size(), plan.load().skills());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(ClusterPlan.USAGE);
            System.err.println(LoadPlan.USAGE);
            return 2;
        }
        return new ClusterBench(plan).run();
    }

    private int run() throws Exception {
        int nodes = cluster.nodes().size();
        if (plan.experts() < plan.expertsNeeded()) {
            Phases.progress("warning: %d experts may be too few for %.0f requests/s with %d ms calls (about %d needed);"
                    + " requests will queue", plan.experts(), plan.rate(), plan.hold().toMillis(), plan.expertsNeeded());
        }
        Phases.progress("measuring how late sleeping threads wake up on this machine (3 s)");
        Histogram wakeup = WakeupFloor.measure(2500);
        List<List<SimulatedKiosk>> kiosksByNode = new ArrayList<>();
        List<List<SimulatedExpert>> expertsByNode = new ArrayList<>();
        for (int i = 0; i < nodes; i++) {
            kiosksByNode.add(new ArrayList<>());
            expertsByNode.add(new ArrayList<>());
        }
        List<SimulatedKiosk> kiosks = kiosks(kiosksByNode);
        List<SimulatedExpert> experts = experts(expertsByNode);
        List<SimulatedParty> everyone = new ArrayList<>(experts);
        everyone.addAll(kiosks);
        ClusterOutcome outcome;
        List<HeapSampler> heaps = new ArrayList<>();
        try (SignalingClients clients = new SignalingClients(plan.ioThreads())) {
            for (long pid : cluster.serverPids()) {
                heaps.add(sampler(pid));
            }
            TicketMint mint = new TicketMint(plan.secret(), plan.issuer());
            List<Fleet> fleets = new ArrayList<>();
            for (int i = 0; i < nodes; i++) {
                fleets.add(new Fleet(clients, cluster.nodes().get(i), mint, plan.connectConcurrency()));
            }
            Phases.progress("connecting %d experts and %d kiosks to %d nodes", experts.size(), kiosks.size(), nodes);
            long connectStart = System.nanoTime();
            int ready = 0;
            for (int i = 0; i < nodes; i++) {
                ready += fleets.get(i).open(expertsByNode.get(i), CONNECT_TIMEOUT);
            }
            for (int i = 0; i < nodes; i++) {
                ready += fleets.get(i).open(kiosksByNode.get(i), CONNECT_TIMEOUT);
            }
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

            List<CpuTime.Reading> nodesFrom = readings(cluster.serverPids());
            CpuTime.Reading redisFrom = CpuTime.of(cluster.redisPid());
            CpuTime.Reading benchFrom = CpuTime.self();
            List<HeapSampler.Pauses> gcFrom = pauses(heaps);
            HeapSampler.Pauses benchGcFrom = OwnGc.totals();
            pacer.phase(RequestPacer.Phase.MEASURING);
            long measureStart = System.nanoTime();
            Phases.progress("measuring for %d s", plan.duration().toSeconds());
            Phases.waitShowingProgress("measuring", plan.duration(), cycles, tally);
            pacer.phase(RequestPacer.Phase.STOPPED);
            double measuredSeconds = (System.nanoTime() - measureStart) / 1e9;
            List<CpuTime.Reading> nodesTo = readings(cluster.serverPids());
            CpuTime.Reading redisTo = CpuTime.of(cluster.redisPid());
            CpuTime.Reading benchTo = CpuTime.self();
            HeapSampler.Pauses benchGc = OwnGc.totals().minus(benchGcFrom);
            // jstat samples once a second: wait for one taken after the window closed.
            TimeUnit.MILLISECONDS.sleep(1100);
            List<HeapSampler.Pauses> gcTo = pauses(heaps);
            pacing.join();
            int open = Phases.countOpen(everyone);

            Phases.progress("letting %d cycles in flight finish", cycles.openCount());
            Phases.drain(cycles, plan.cycleTimeout());
            Latencies.Snapshot snapshot = latencies.takeSnapshot();
            List<Double> heapMax = new ArrayList<>();
            List<Double> nodeCpu = new ArrayList<>();
            List<HeapSampler.Pauses> nodeGc = new ArrayList<>();
            for (int i = 0; i < nodes; i++) {
                heapMax.add(heaps.get(i) == null ? -1 : heaps.get(i).maxUsedMb());
                nodeCpu.add(CpuTime.processPercent(nodesFrom.get(i), nodesTo.get(i), plan.clockTicksPerSecond()));
                HeapSampler.Pauses from = gcFrom.get(i);
                HeapSampler.Pauses to = gcTo.get(i);
                nodeGc.add(from == null || to == null ? null : to.minus(from));
            }

            NodeFailover.Result failover = null;
            if (cluster.failoverCalls() > 0) {
                failover = new NodeFailover(cluster, stage, spread, fleets, kiosksByNode, expertsByNode).run();
            }
            Phases.progress("letting %d cycles still open finish", cycles.openCount());
            Phases.drain(cycles, plan.cycleTimeout());

            tally.closing();
            Phases.closeAll(everyone);
            outcome = new ClusterOutcome(cluster, open, ready, connectSeconds, measuredSeconds,
                    cycles.startedMeasured(), cycles.completedMeasured(), cycles.queuedMeasured(), cycles.started(),
                    cycles.lost(), snapshot, tally.errors(), tally.errorReplies(), tally.unexpectedCloses(),
                    tally.connectFailures(), tally.undecodableFrames(), tally.surprises(), tally.noIdleKioskCount(),
                    tally.examples(), cycles.openProgress(5), nodeCpu,
                    CpuTime.processPercent(redisFrom, redisTo, plan.clockTicksPerSecond()),
                    CpuTime.processPercent(benchFrom, benchTo, plan.clockTicksPerSecond()),
                    CpuTime.machineBusyPercent(benchFrom, benchTo), CpuTime.machineStealPercent(benchFrom, benchTo),
                    heapMax, nodeGc, benchGc, wakeup, tally.queueUpdates(), failover, NodeLogs.read(cluster.serverLogs()));
        } finally {
            timer.shutdownNow();
            for (HeapSampler heap : heaps) {
                if (heap != null) {
                    heap.close();
                }
            }
        }
        ClusterReport.print(outcome, System.out);
        return outcome.lost() == 0 && outcome.errors() == 0 ? 0 : 1;
    }

    private List<SimulatedExpert> experts(List<List<SimulatedExpert>> byNode) {
        List<SimulatedExpert> experts = new ArrayList<>(plan.experts());
        for (int i = 0; i < plan.experts(); i++) {
            SimulatedExpert expert = new SimulatedExpert(new Expert(String.format(Locale.ROOT, "expert-%05d", i + 1),
                    "Bench expert " + (i + 1), spread.skillsOfExpert(i)), stage);
            experts.add(expert);
            byNode.get(spread.nodeOf(i)).add(expert);
        }
        return experts;
    }

    private List<SimulatedKiosk> kiosks(List<List<SimulatedKiosk>> byNode) {
        List<SimulatedKiosk> kiosks = new ArrayList<>(plan.kiosks());
        for (int i = 0; i < plan.kiosks(); i++) {
            SimulatedKiosk kiosk = new SimulatedKiosk(new Kiosk(String.format(Locale.ROOT, "kiosk-%05d", i + 1),
                    "Bench kiosk " + (i + 1), String.format(Locale.ROOT, "district-%02d", i % 12 + 1)), stage, pacer::free);
            kiosks.add(kiosk);
            nodeOfKiosk.put(kiosk, spread.nodeOf(i));
            byNode.get(spread.nodeOf(i)).add(kiosk);
        }
        return kiosks;
    }

    private static HeapSampler sampler(long pid) {
        try {
            return new HeapSampler(pid);
        } catch (IOException e) {
            Phases.progress("warning: cannot sample the heap of %d: %s", pid, e.getMessage());
            return null;
        }
    }

    private static List<CpuTime.Reading> readings(List<Long> pids) {
        List<CpuTime.Reading> readings = new ArrayList<>();
        for (long pid : pids) {
            readings.add(CpuTime.of(pid));
        }
        return readings;
    }

    private static List<HeapSampler.Pauses> pauses(List<HeapSampler> heaps) {
        List<HeapSampler.Pauses> pauses = new ArrayList<>();
        for (HeapSampler heap : heaps) {
            pauses.add(heap == null ? null : heap.pauses());
        }
        return pauses;
    }
}
