package cn.remotewindow.bench.signaling;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.HdrHistogram.Histogram;

/**
 * The cluster benchmark's last phase: calls are held open with their kiosk on one node (and as
 * many with their expert there), that node is killed with SIGKILL, and every party it had
 * reconnects to the other nodes after the kiosk agent's back-off, in turn, asking to resume its
 * session ({@code auth.resume}) as NodeFailoverTest does. It times the kill until each moving
 * party's {@code session.resumed}, sends one chat each way in every held call, and hangs up.
 */
final class NodeFailover {

    /** A held call: its kiosk and the cycle that follows it. */
    private record Call(SimulatedKiosk kiosk, Cycle cycle) {
    }

    private static final double RECONNECT_JITTER = 0.2;

    private final ClusterPlan plan;
    private final Stage stage;
    private final Spread spread;
    private final List<Fleet> fleets;
    private final List<List<SimulatedKiosk>> kiosksByNode;
    private final List<List<SimulatedExpert>> expertsByNode;
    private final AtomicInteger nextSurvivor = new AtomicInteger();
    private final AtomicInteger dropped = new AtomicInteger();

    NodeFailover(ClusterPlan plan, Stage stage, Spread spread, List<Fleet> fleets,
                 List<List<SimulatedKiosk>> kiosksByNode, List<List<SimulatedExpert>> expertsByNode) {
        this.plan = plan;
        this.stage = stage;
        this.spread = spread;
        this.fleets = fleets;
        this.kiosksByNode = kiosksByNode;
        this.expertsByNode = expertsByNode;
    }

    /**
     * What the failover phase saw.
     *
     * @param wanted          held calls asked for in each direction
     * @param held            held calls set up in each direction (fewer than wanted when kiosks or experts ran short)
     * @param kioskCalls      held calls with their kiosk on the killed node that were ACTIVE before the kill
     * @param expertCalls     held calls with their expert there that were ACTIVE before the kill
     * @param killed          whether the node's process was gone within 10 s of the SIGKILL
     * @param moving          parties that were connected to the killed node
     * @param droppedParties  of them, those whose connection the client saw close
     * @param back            of them, those connected again at the end
     * @param killedAtMillis  when the node was killed, epoch ms (to find it in the nodes' logs)
     * @param kioskBack       kill until a moving kiosk of a held call had auth.ok again elsewhere, µs
     * @param expertBack      likewise for a moving expert
     * @param kioskResume     kill until a moving kiosk's session.resumed, µs
     * @param expertResume    kill until a moving expert's session.resumed, µs
     * @param kiosksNotResumed held calls' moving kiosks that never got session.resumed
     * @param expertsNotResumed held calls' moving experts that never did
     * @param chatsMissing    chats sent after the failover (two per held call) that never arrived
     * @param heldNotEnded    held calls that did not end cleanly (they also count as lost cycles)
     */
    record Result(int wanted, int held, int kioskCalls, int expertCalls, boolean killed, long killedAtMillis, int moving,
                  int droppedParties, int back, Histogram kioskBack, Histogram expertBack, Histogram kioskResume, Histogram expertResume, int kiosksNotResumed, int expertsNotResumed,
                  long chatsMissing, int heldNotEnded) {

        /** Kill until the last moving kiosk resumed, in seconds; -1 if one never did (or none moved). */
        double failoverSeconds() {
            if (kiosksNotResumed > 0 || kioskResume.getTotalCount() == 0) {
                return -1;
            }
            return kioskResume.getMaxValue() / 1e6;
        }
    }

    Result run() throws InterruptedException {
        int fail = plan.failNode();
        int wanted = plan.failoverCalls();
        List<Call> kioskCalls = new ArrayList<>();
        List<Call> expertCalls = new ArrayList<>();
        List<SimulatedKiosk> onFailing = free(kiosksByNode.get(fail));
        List<SimulatedKiosk> elsewhere = new ArrayList<>();
        List<SimulatedExpert> expertsOnFailing = expertsByNode.get(fail);
        List<SimulatedExpert> expertsElsewhere = new ArrayList<>();
        for (int node = 0; node < spread.nodes(); node++) {
            if (node != fail) {
                elsewhere.addAll(free(kiosksByNode.get(node)));
                expertsElsewhere.addAll(expertsByNode.get(node));
            }
        }
        int n = Math.min(Math.min(wanted, Math.min(onFailing.size(), elsewhere.size())),
                Math.min(freeCount(expertsOnFailing), freeCount(expertsElsewhere)));
        if (n < wanted) {
            Phases.progress("warning: only %d held calls each way (free kiosks and experts on %s and elsewhere limit it)", n,
                    ClusterPlan.nodeName(fail));
        }
        Phases.progress("holding %d calls with their kiosk on %s and %d with their expert there", n,
                ClusterPlan.nodeName(fail), n);
        for (int i = 0; i < n; i++) {
            kioskCalls.add(hold(onFailing.get(i), expertsElsewhere, HeldCall.Moving.KIOSK));
            expertCalls.add(hold(elsewhere.get(i), expertsOnFailing, HeldCall.Moving.EXPERT));
        }
        List<Call> calls = new ArrayList<>(kioskCalls);
        calls.addAll(expertCalls);
        awaitAll(() -> calls.stream().allMatch(c -> c.cycle().held().active()));
        int kioskActive = (int) kioskCalls.stream().filter(c -> c.cycle().held().active()).count();
        int expertActive = (int) expertCalls.stream().filter(c -> c.cycle().held().active()).count();
        Phases.progress("%d + %d held calls ACTIVE; killing %s (pid %d) with SIGKILL at %s", kioskActive, expertActive,
                ClusterPlan.nodeName(fail), plan.serverPids().get(fail), java.time.Instant.now());

        List<SimulatedParty> moving = new ArrayList<>(kiosksByNode.get(fail));
        moving.addAll(expertsByNode.get(fail));
        for (SimulatedParty party : moving) {
            party.expectDrop(this::reconnect);
        }
        Optional<ProcessHandle> node = ProcessHandle.of(plan.serverPids().get(fail));
        long killedAtMillis = System.currentTimeMillis();
        long killedAt = System.nanoTime();
        boolean killed = node.map(ProcessHandle::destroyForcibly).orElse(false);
        if (killed) {
            try {
                node.get().onExit().get(10, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                killed = false;
            }
        }
        if (!killed) {
            Phases.progress("warning: %s did not die within 10 s of SIGKILL", ClusterPlan.nodeName(fail));
        }

        awaitAll(() -> calls.stream().allMatch(c -> c.cycle().held().resumedNanos() >= 0));
        Histogram kioskBack = since(killedAt, kioskCalls.stream().map(c -> c.kiosk().authenticatedNanos()).toList());
        Histogram expertBack = since(killedAt, expertCalls.stream()
                .map(c -> c.cycle().expert() == null ? -1L : c.cycle().expert().authenticatedNanos()).toList());
        Histogram kioskResume = resumeTimes(kioskCalls, killedAt);
        Histogram expertResume = resumeTimes(expertCalls, killedAt);
        int kiosksNotResumed = kioskCalls.size() - (int) kioskResume.getTotalCount();
        int expertsNotResumed = expertCalls.size() - (int) expertResume.getTotalCount();
        Phases.progress("resumed after the kill: %d of %d kiosks (last after %.2f s), %d of %d experts (last after %.2f s)",
                kioskResume.getTotalCount(), kioskCalls.size(), kioskResume.getMaxValue() / 1e6,
                expertResume.getTotalCount(), expertCalls.size(), expertResume.getMaxValue() / 1e6);

        for (Call call : calls) {
            call.kiosk().chat("bench: still here? (kiosk " + call.cycle().number() + ")");
            SimulatedExpert expert = call.cycle().expert();
            if (expert != null) {
                expert.chat("bench: yes (expert " + call.cycle().number() + ")");
            }
        }
        awaitAll(() -> calls.stream().allMatch(c -> c.cycle().held().chatsMissing() == 0));
        long chatsMissing = calls.stream().mapToLong(c -> c.cycle().held().chatsMissing()).sum();
        Phases.progress("chats after the failover: %d of %d arrived", 2L * calls.size() - chatsMissing, 2L * calls.size());

        for (Call call : calls) {
            call.kiosk().endHeld();
        }
        awaitAll(() -> calls.stream().allMatch(c -> c.cycle().isComplete()));
        int notEnded = (int) calls.stream().filter(c -> !c.cycle().isComplete()).count();
        int back = (int) moving.stream().filter(SimulatedParty::isOpen).count();
        Phases.progress("held calls ended: %d of %d; parties of %s connected again: %d of %d", calls.size() - notEnded,
                calls.size(), ClusterPlan.nodeName(fail), back, moving.size());
        return new Result(wanted, n, kioskActive, expertActive, killed, killedAtMillis, moving.size(), dropped.get(), back,
                kioskBack, expertBack, kioskResume,
                expertResume, kiosksNotResumed, expertsNotResumed, chatsMissing, notEnded);
    }

    /**
     * Holds a call from the kiosk to a free expert of the pool: asks for a code that one of them
     * holds (so only the pool's experts can be rung and nothing queues) and waits for the ring.
     */
    private Call hold(SimulatedKiosk kiosk, List<SimulatedExpert> pool, HeldCall.Moving moving)
            throws InterruptedException {
        String skill = pool.stream().filter(e -> e.isOpen() && e.isFree()).findFirst()
                .map(e -> e.skills().get(0)).orElseThrow();
        kiosk.hold(skill, new HeldCall(moving));
        Cycle cycle = kiosk.cycle();
        awaitAll(() -> cycle.expert() != null);
        return new Call(kiosk, cycle);
    }

    private static int freeCount(List<SimulatedExpert> experts) {
        return (int) experts.stream().filter(e -> e.isOpen() && e.isFree()).count();
    }

    /** A party of the killed node lost its connection: after the back-off it connects to a survivor, in turn. */
    private void reconnect(SimulatedParty party) {
        dropped.incrementAndGet();
        long delay = Math.round(plan.reconnectDelay().toMillis()
                * (1 + (ThreadLocalRandom.current().nextDouble() * 2 - 1) * RECONNECT_JITTER));
        stage.timer().schedule(() -> {
            int node = survivor();
            fleets.get(node).reopen(party, party.resumeSession());
        }, delay, TimeUnit.MILLISECONDS);
    }

    private int survivor() {
        int nodes = spread.nodes();
        int pick = Math.floorMod(nextSurvivor.getAndIncrement(), nodes - 1);
        return pick >= plan.failNode() ? pick + 1 : pick;
    }

    private static List<SimulatedKiosk> free(List<SimulatedKiosk> kiosks) {
        List<SimulatedKiosk> free = new ArrayList<>();
        for (SimulatedKiosk kiosk : kiosks) {
            if (kiosk.isOpen() && kiosk.cycle() == null) {
                free.add(kiosk);
            }
        }
        return free;
    }

    private static Histogram resumeTimes(List<Call> calls, long killedAt) {
        return since(killedAt, calls.stream().map(c -> c.cycle().held().resumedNanos()).toList());
    }

    /** Microseconds from {@code killedAt} to each time after it; earlier times (or -1) are left out. */
    private static Histogram since(long killedAt, List<Long> times) {
        Histogram micros = new Histogram(TimeUnit.MINUTES.toMicros(10), 3);
        for (long time : times) {
            if (time >= killedAt) {
                micros.recordValue((time - killedAt) / 1000);
            }
        }
        return micros;
    }

    /** Waits until the condition holds or the failover timeout has passed. */
    private void awaitAll(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + plan.failoverTimeout().toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(20);
        }
    }
}
