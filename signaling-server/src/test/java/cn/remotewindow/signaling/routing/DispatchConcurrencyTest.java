package cn.remotewindow.signaling.routing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.remotewindow.protocol.message.ExpertState;
import cn.remotewindow.protocol.message.Priority;
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
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Hammers the dispatch from many threads at once: producers place and cancel requests, expert
 * workers accept, decline and finish them. Every request must end served exactly once or
 * cancelled exactly once, and no request may ever be held by two experts.
 */
class DispatchConcurrencyTest {

    private static final int REQUESTS = 20_000;
    private static final int PRODUCERS = 4;
    private static final int WORKERS = 4;
    private static final int EXPERTS = 24;
    private static final List<String> SKILLS = List.of("A", "B", "C");

    private final Dispatch dispatch = new InMemoryDispatch();
    private final Map<String, String> holder = new ConcurrentHashMap<>();
    private final Set<String> served = ConcurrentHashMap.newKeySet();
    private final Set<String> cancelled = ConcurrentHashMap.newKeySet();
    private final Map<String, Queue<WaitingRequest>> inbox = new ConcurrentHashMap<>();
    private final Map<String, WaitingRequest> placed = new ConcurrentHashMap<>();
    private final List<String> violations = new CopyOnWriteArrayList<>();

    @Test
    void noRequestIsLostDuplicatedOrGivenToTwoExperts() throws Exception {
        List<String> experts = new ArrayList<>();
        for (int i = 0; i < EXPERTS; i++) {
            String id = "e" + i;
            experts.add(id);
            inbox.put(id, new ConcurrentLinkedQueue<>());
            Set<String> skills = Set.of(SKILLS.get(i % 3), SKILLS.get((i + 1) % 3));
            dispatch.signOn(id, skills);
        }
        ExecutorService pool = Executors.newFixedThreadPool(PRODUCERS + WORKERS);
        AtomicBoolean producing = new AtomicBoolean(true);
        for (int w = 0; w < WORKERS; w++) {
            List<String> mine = experts.subList(w * EXPERTS / WORKERS, (w + 1) * EXPERTS / WORKERS);
            pool.submit(() -> work(mine, producing));
        }
        // Experts become available while requests already pour in.
        for (String id : experts) {
            dispatch.setWanted(id, ExpertState.AVAILABLE).ifPresent(r -> deliver(id, r));
        }
        List<java.util.concurrent.Future<?>> producers = new ArrayList<>();
        for (int p = 0; p < PRODUCERS; p++) {
            int from = p * REQUESTS / PRODUCERS;
            int to = (p + 1) * REQUESTS / PRODUCERS;
            producers.add(pool.submit(() -> produce(from, to)));
        }
        for (java.util.concurrent.Future<?> f : producers) {
            f.get(60, TimeUnit.SECONDS);
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (served.size() + cancelled.size() < REQUESTS && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        producing.set(false);
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

        assertThat(violations).isEmpty();
        assertThat(served.size() + cancelled.size()).isEqualTo(REQUESTS);
        assertThat(served).doesNotContainAnyElementsOf(cancelled);
        for (String skill : SKILLS) {
            assertThat(dispatch.queue(skill).waiting()).isEmpty();
        }
        assertThat(dispatch.experts()).allSatisfy(s -> assertThat(s.sessionId()).isNull());
        assertThat(cancelled).isNotEmpty();
    }

    private void produce(int from, int to) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = from; i < to; i++) {
            String sessionId = "s" + i;
            Priority priority = random.nextInt(10) == 0 ? Priority.GREEN_CHANNEL : Priority.NORMAL;
            WaitingRequest request = new WaitingRequest(sessionId, SKILLS.get(random.nextInt(3)), priority,
                    dispatch.nextSequence(), Set.of());
            placed.put(sessionId, request);
            place(request);
            if (random.nextInt(20) == 0 && dispatch.withdraw(sessionId)) {
                if (!cancelled.add(sessionId)) {
                    violations.add("cancelled twice: " + sessionId);
                }
            }
        }
    }

    private void place(WaitingRequest request) {
        Placement placement = dispatch.place(request);
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
                String sessionId = request.sessionId();
                if (random.nextInt(10) == 0) {
                    // Decline: offer it elsewhere first, then free this expert.
                    holder.remove(sessionId, expertId);
                    place(request.passedBy(expertId));
                    dispatch.release(expertId, sessionId, null).claimed().ifPresent(next -> deliver(expertId, next));
                    continue;
                }
                if (!dispatch.confirm(expertId, sessionId)) {
                    violations.add(expertId + " could not confirm " + sessionId);
                    continue;
                }
                if (!served.add(sessionId)) {
                    violations.add("served twice: " + sessionId);
                }
                holder.remove(sessionId, expertId);
                dispatch.release(expertId, sessionId, null).claimed().ifPresent(next -> deliver(expertId, next));
            }
            if (idle) {
                Thread.onSpinWait();
            }
        }
    }
}
