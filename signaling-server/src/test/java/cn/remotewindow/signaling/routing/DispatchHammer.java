package cn.remotewindow.signaling.routing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.remotewindow.protocol.message.ExpertState;
import cn.remotewindow.protocol.message.Priority;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

/**
 * Hammers a dispatch from many threads at once: producers place and cancel requests, expert
 * workers accept, decline and finish them. Every request must end served exactly once or
 * cancelled exactly once, and no request may ever be held by two experts.
 *
 * <p>The dispatch may be seen through several nodes (views of one shared state): producer p uses
 * node p mod n, and each expert does everything through their home node, expert i's being node
 * i mod n, as an expert's connection lives on one node. The inboxes stand in for the relay that
 * carries an offer to the node of the expert it rings.
 */
public final class DispatchHammer {

    /**
     * How hard to hammer.
     *
     * @param idlePause how long an idle worker waits before looking again; zero spins (right for an
     *                  in-memory dispatch, wasteful when the dispatch needs the same cores)
     */
    public record Load(int requests, int producers, int workers, int experts, Duration idlePause) {
    }

    private static final List<String> SKILLS = List.of("A", "B", "C");

    private final List<? extends Dispatch> nodes;
    private final Load load;
    private final Map<String, String> holder = new ConcurrentHashMap<>();
    private final Set<String> served = ConcurrentHashMap.newKeySet();
    private final Set<String> cancelled = ConcurrentHashMap.newKeySet();
    private final Map<String, Queue<WaitingRequest>> inbox = new ConcurrentHashMap<>();
    private final Map<String, Dispatch> home = new ConcurrentHashMap<>();
    private final List<String> violations = new CopyOnWriteArrayList<>();

    public DispatchHammer(List<? extends Dispatch> nodes, Load load) {
        this.nodes = List.copyOf(nodes);
        this.load = load;
    }

    /** Runs the load and asserts that nothing was lost, duplicated or given to two experts. */
    public void run() throws Exception {
        List<String> experts = new ArrayList<>();
        for (int i = 0; i < load.experts(); i++) {
            String id = "e" + i;
            experts.add(id);
            inbox.put(id, new ConcurrentLinkedQueue<>());
            home.put(id, nodes.get(i % nodes.size()));
            Set<String> skills = Set.of(SKILLS.get(i % 3), SKILLS.get((i + 1) % 3));
            home.get(id).signOn(id, skills);
        }
        ExecutorService pool = Executors.newFixedThreadPool(load.producers() + load.workers());
        AtomicBoolean producing = new AtomicBoolean(true);
        for (int w = 0; w < load.workers(); w++) {
            List<String> mine = experts.subList(w * load.experts() / load.workers(),
                    (w + 1) * load.experts() / load.workers());
            pool.submit(() -> work(mine, producing));
        }
        // Experts become available while requests already pour in.
        for (String id : experts) {
            home.get(id).setWanted(id, ExpertState.AVAILABLE).ifPresent(r -> deliver(id, r));
        }
        List<Future<?>> producers = new ArrayList<>();
        for (int p = 0; p < load.producers(); p++) {
            int from = p * load.requests() / load.producers();
            int to = (p + 1) * load.requests() / load.producers();
            Dispatch node = nodes.get(p % nodes.size());
            producers.add(pool.submit(() -> produce(node, from, to)));
        }
        for (Future<?> f : producers) {
            f.get(60, TimeUnit.SECONDS);
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (served.size() + cancelled.size() < load.requests() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        producing.set(false);
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

        assertThat(violations).isEmpty();
        assertThat(served.size() + cancelled.size()).isEqualTo(load.requests());
        assertThat(served).doesNotContainAnyElementsOf(cancelled);
        for (Dispatch node : nodes) {
            for (String skill : SKILLS) {
                assertThat(node.queue(skill).waiting()).isEmpty();
            }
            assertThat(node.experts()).hasSize(load.experts()).allSatisfy(s -> assertThat(s.sessionId()).isNull());
        }
        assertThat(cancelled).isNotEmpty();
    }

    private void produce(Dispatch node, int from, int to) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = from; i < to; i++) {
            String sessionId = "s" + i;
            Priority priority = random.nextInt(10) == 0 ? Priority.GREEN_CHANNEL : Priority.NORMAL;
            WaitingRequest request = new WaitingRequest(sessionId, SKILLS.get(random.nextInt(3)), priority,
                    node.nextSequence(), Set.of());
            place(node, request);
            if (random.nextInt(20) == 0 && node.withdraw(sessionId)) {
                if (!cancelled.add(sessionId)) {
                    violations.add("cancelled twice: " + sessionId);
                }
            }
        }
    }

    private void place(Dispatch node, WaitingRequest request) {
        Placement placement = node.place(request);
        if (placement instanceof Placement.Offered offered) {
            deliver(offered.expertId(), request);
        }
    }

    private void deliver(String expertId, WaitingRequest request) {
        String previous = holder.putIfAbsent(request.sessionId(), expertId);
        if (previous != null) {
            violations.add(request.sessionId() + " given to " + expertId + " while held by " + previous);
        }
        inbox.get(expertId).add(request);
    }

    private void work(List<String> experts, AtomicBoolean producing) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (producing.get()) {
            boolean idle = true;
            for (String expertId : experts) {
                WaitingRequest request = inbox.get(expertId).poll();
                if (request == null) {
                    continue;
                }
                idle = false;
                Dispatch node = home.get(expertId);
                String sessionId = request.sessionId();
                if (random.nextInt(10) == 0) {
                    // Decline: offer it elsewhere first, then free this expert.
                    holder.remove(sessionId, expertId);
                    place(node, request.passedBy(expertId));
                    node.release(expertId, sessionId, null).claimed().ifPresent(next -> deliver(expertId, next));
                    continue;
                }
                if (!node.confirm(expertId, sessionId)) {
                    violations.add(expertId + " could not confirm " + sessionId);
                    continue;
                }
                if (!served.add(sessionId)) {
                    violations.add("served twice: " + sessionId);
                }
                holder.remove(sessionId, expertId);
                node.release(expertId, sessionId, null).claimed().ifPresent(next -> deliver(expertId, next));
            }
            if (idle) {
                if (load.idlePause().isZero()) {
                    Thread.onSpinWait();
                } else {
                    LockSupport.parkNanos(load.idlePause().toNanos());
                }
            }
        }
    }
}
