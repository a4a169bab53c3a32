package cn.remotewindow.signaling.routing.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.remotewindow.protocol.message.ExpertState;
import cn.remotewindow.protocol.message.Priority;
import cn.remotewindow.signaling.cluster.redis.RedisLink;
import cn.remotewindow.signaling.routing.Dispatch;
import cn.remotewindow.signaling.routing.ExpertStatus;
import cn.remotewindow.signaling.routing.InMemoryDispatch;
import cn.remotewindow.signaling.routing.Placement;
import cn.remotewindow.signaling.routing.WaitingRequest;
import cn.remotewindow.signaling.testing.EmbeddedRedis;
import io.lettuce.core.RedisException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Redis loses its data; the nodes report what they know (restore* in any order, each twice, from
 * any node), then settle their experts: the dispatch answers as before. An in-memory dispatch that
 * lived through the same history without losing anything gives the answers to expect.
 */
class RedisDispatchRestoreTest {

    private static final List<String> SKILLS = List.of("A", "B", "C");

    static EmbeddedRedis redis;
    static final List<RedisLink> links = new ArrayList<>();

    private InMemoryDispatch reference;
    private List<RedisDispatch> nodes;
    private String prefix;
    private int turn;
    private long highestSequence;

    @BeforeAll
    static void start() {
        redis = EmbeddedRedis.start();
        for (int i = 0; i < 3; i++) {
            links.add(new RedisLink(redis.url(), Duration.ofSeconds(5)));
        }
    }

    @AfterAll
    static void stop() {
        links.forEach(RedisLink::close);
        redis.close();
    }

    /** A new dispatch: a new prefix on Redis, and a new reference. */
    private void freshNodes() {
        reference = new InMemoryDispatch();
        highestSequence = 0;
        prefix = "test:" + UUID.randomUUID() + ":";
        nodes = links.stream().map(link -> new RedisDispatch(link, prefix)).toList();
    }

    @Test
    void afterARestartTheRestoredDispatchAnswersAsBefore() {
        freshNodes();
        history();
        redis.stop();
        redis.startAgain();
        await().atMost(Duration.ofSeconds(30)).until(() -> links.stream().allMatch(RedisDispatchRestoreTest::answers));
        assertThat(nodes.get(0).experts()).as("a restarted Redis has forgotten everything").isEmpty();
        long seed = System.nanoTime();
        restoreAndCompare(new Random(seed), "seed " + seed);
        goOn();
    }

    @Test
    void theRestoreCallsMayComeInAnyOrder() {
        for (long seed = 1; seed <= 10; seed++) {
            freshNodes();
            history();
            links.get(0).sync().del(links.get(0).sync().keys(prefix + "*").toArray(String[]::new));
            restoreAndCompare(new Random(seed), "seed " + seed);
        }
    }

    @Test
    void restoreCallsAreIdempotentAndNeverClaimButSettleDoes() {
        freshNodes();
        RedisDispatch node = nodes.get(0);
        node.restoreHold("e1", "s9", false);
        assertThat(node.expert("e1")).as("a placeholder is not signed on").isEmpty();
        assertThat(node.experts()).isEmpty();
        node.restoreExpert("e1", Set.of("A"), ExpertState.AVAILABLE);
        node.restoreExpert("e1", Set.of("A"), ExpertState.AVAILABLE);
        assertThat(node.expert("e1")).contains(new ExpertStatus("e1", Set.of("A"), ExpertState.AVAILABLE, "s9", false));
        WaitingRequest waiting = new WaitingRequest("s1", "A", Priority.NORMAL, 50, Set.of("e3"));
        node.restoreQueued(waiting);
        nodes.get(1).restoreQueued(waiting);
        node.restoreExpert("e2", Set.of("A"), ExpertState.AVAILABLE);
        node.restoreExpert("e3", Set.of("A"), ExpertState.AVAILABLE);
        assertThat(node.expert("e2")).map(ExpertStatus::sessionId).isEmpty();
        assertThat(node.queue("A").waiting()).containsExactly(waiting);
        assertThat(node.queue("A").expertsOnline()).isEqualTo(3);
        assertThat(node.queue("A").expertsAvailable()).as("nobody lines up before settle").isZero();

        assertThat(node.settle("e1")).as("busy").isEmpty();
        assertThat(node.settle("e3")).as("passed it").isEmpty();
        assertThat(node.settle("e2")).contains(waiting);
        assertThat(node.settle("e2")).isEmpty();
        assertThat(node.queue("A").waiting()).isEmpty();
        assertThat(node.queue("A").expertsAvailable()).isEqualTo(1);

        node.restoreExpert("e4", Set.of("A", "B"), ExpertState.AVAILABLE);
        node.settle("e4");
        node.restoreExpert("e3", Set.of("A"), ExpertState.AVAILABLE);
        node.restoreExpert("e4", Set.of("B"), ExpertState.AVAILABLE);
        assertThat(node.queue("A").expertsOnline()).isEqualTo(3);
        assertThat(node.queue("B").expertsOnline()).isEqualTo(1);
        assertThat(node.place(request("s2", "A", 60))).as("a restored idle expert keeps their place")
                .isEqualTo(new Placement.Offered("e3"));
        assertThat(node.place(request("s3", "B", 61))).isEqualTo(new Placement.Offered("e4"));

        node.restoreExpert("e5", Set.of("C"), ExpertState.AVAILABLE);
        node.settle("e5");
        assertThat(node.queue("C").expertsAvailable()).isEqualTo(1);
        nodes.get(1).restoreHold("e5", "s7", true);
        assertThat(node.queue("C").expertsAvailable()).as("a restored hold takes them out of the idle line").isZero();
        assertThat(node.place(request("s8", "C", 62))).isInstanceOf(Placement.Queued.class);

        node.restoreSequenceAtLeast(70);
        nodes.get(2).restoreSequenceAtLeast(7);
        assertThat(node.nextSequence()).isEqualTo(71);
    }

    /** Builds some of everything: calls, rings, an away asked during a ring, passes, queues, an idle line. */
    private void history() {
        each(d -> d.signOn("e1", Set.of("A")));
        each(d -> d.signOn("e2", Set.of("A", "B")));
        each(d -> d.signOn("e3", Set.of("B")));
        each(d -> d.signOn("e4", Set.of("A")));
        each(d -> d.signOn("e5", Set.of("A")));
        each(d -> d.signOn("e6", Set.of("C")));
        each(d -> d.signOn("e7", Set.of("C")));
        for (String id : List.of("e1", "e2", "e3", "e5", "e6", "e7")) {
            both(d -> d.setWanted(id, ExpertState.AVAILABLE));
        }
        assertThat(place("s1", "B", Priority.NORMAL)).isEqualTo(new Placement.Offered("e2"));
        both(d -> d.confirm("e2", "s1"));
        assertThat(place("s2", "A", Priority.NORMAL)).isEqualTo(new Placement.Offered("e1"));
        both(d -> d.setWanted("e1", ExpertState.AWAY));
        assertThat(place("s3", "B", Priority.NORMAL)).isEqualTo(new Placement.Offered("e3"));
        both(d -> d.confirm("e3", "s3"));
        // e5 is idle but has passed every A request that waits.
        place("g1", "A", Priority.GREEN_CHANNEL, "e5");
        place("s4", "A", Priority.NORMAL, "e5");
        place("n5", "A", Priority.NORMAL, "e5", "e1");
        place("s6", "A", Priority.NORMAL, "e5");
        assertThat(both(d -> d.withdraw("s6")).booleanValue()).isTrue();
        place("q7", "A", Priority.NORMAL, "e5");
        place("b1", "B", Priority.NORMAL);
        place("b2", "B", Priority.GREEN_CHANNEL);
        assertThat(place("x1", "C", Priority.NORMAL)).isEqualTo(new Placement.Offered("e6"));
        both(d -> d.release("e6", "x1", null));
        assertThat(queueOrder("A")).containsExactly("g1", "s4", "n5", "q7");
    }

    /** After the data is lost: what the nodes know, reported in a shuffled order, twice; then settle. */
    private void restoreAndCompare(Random random, String why) {
        List<Consumer<RedisDispatch>> calls = new ArrayList<>();
        for (ExpertStatus status : reference.experts()) {
            calls.add(n -> n.restoreExpert(status.expertId(), status.skills(), status.wanted()));
            if (status.sessionId() != null) {
                calls.add(n -> n.restoreHold(status.expertId(), status.sessionId(), status.ringing()));
            }
        }
        for (String skill : SKILLS) {
            for (WaitingRequest waiting : reference.queue(skill).waiting()) {
                calls.add(n -> n.restoreQueued(waiting));
            }
        }
        // Each node reports the highest sequence it saw.
        calls.add(n -> n.restoreSequenceAtLeast(highestSequence));
        calls.add(n -> n.restoreSequenceAtLeast(highestSequence - 3));
        calls.addAll(List.copyOf(calls));
        Collections.shuffle(calls, random);
        for (Consumer<RedisDispatch> call : calls) {
            call.accept(nodes.get(random.nextInt(nodes.size())));
        }
        assertThat(nodes.get(0).experts()).as(why).containsExactlyInAnyOrderElementsOf(reference.experts());
        for (String skill : SKILLS) {
            assertThat(nodes.get(1).queue(skill).waiting()).as(why).isEqualTo(reference.queue(skill).waiting());
            assertThat(nodes.get(1).queue(skill).expertsAvailable()).as(why + ": nobody idle before settle").isZero();
        }
        // The idle line forms in the order the nodes settle; the longest idle first, as before.
        for (String id : List.of("e5", "e7", "e6", "e1", "e2", "e3", "e4")) {
            assertThat(nodes.get(random.nextInt(nodes.size())).settle(id)).as(why).isEmpty();
        }
        assertThat(nodes.get(2).experts()).as(why).containsExactlyInAnyOrderElementsOf(reference.experts());
        for (String skill : SKILLS) {
            assertThat(nodes.get(2).queue(skill)).as(why).isEqualTo(reference.queue(skill));
        }
    }

    /** The same operations, the same answers. */
    private void goOn() {
        assertThat(both(Dispatch::nextSequence)).isGreaterThan(highestSequence);
        assertThat(place("x2", "C", Priority.NORMAL)).isEqualTo(new Placement.Offered("e7"));
        assertThat(place("a8", "A", Priority.NORMAL)).isEqualTo(new Placement.Offered("e5"));
        assertThat(both(d -> d.release("e2", "s1", null)).claimed()).map(WaitingRequest::sessionId).contains("g1");
        assertThat(both(d -> d.release("e1", "s2", null)).claimed()).isEmpty();
        assertThat(both(d -> d.setWanted("e4", ExpertState.AVAILABLE)).map(WaitingRequest::sessionId)).contains("s4");
        assertThat(both(d -> d.release("e3", "s3", null)).claimed()).map(WaitingRequest::sessionId).contains("b2");
        assertThat(both(d -> d.withdraw("n5")).booleanValue()).isTrue();
        assertThat(both(d -> d.release("e4", "s4", null)).claimed()).map(WaitingRequest::sessionId).contains("q7");
        both(d -> d.signOff("e7"));
        assertThat(nodes.get(0).experts()).containsExactlyInAnyOrderElementsOf(reference.experts());
        for (String skill : SKILLS) {
            assertThat(nodes.get(0).queue(skill)).isEqualTo(reference.queue(skill));
        }
    }

    private Placement place(String sessionId, String skill, Priority priority, String... passedBy) {
        long sequence = both(Dispatch::nextSequence);
        highestSequence = Math.max(highestSequence, sequence);
        WaitingRequest request = new WaitingRequest(sessionId, skill, priority, sequence, Set.of(passedBy));
        return both(d -> d.place(request));
    }

    private static WaitingRequest request(String sessionId, String skill, long sequence) {
        return new WaitingRequest(sessionId, skill, Priority.NORMAL, sequence, Set.of());
    }

    private List<String> queueOrder(String skill) {
        return both(d -> d.queue(skill)).waiting().stream().map(WaitingRequest::sessionId).toList();
    }

    /** Runs the operation on the reference and on one of the nodes (each in turn); the answers must agree. */
    private <T> T both(Function<Dispatch, T> operation) {
        T expected = operation.apply(reference);
        T actual = operation.apply(nodes.get(turn++ % nodes.size()));
        assertThat(actual).isEqualTo(expected);
        return actual;
    }

    private void each(Consumer<Dispatch> operation) {
        both(d -> {
            operation.accept(d);
            return true;
        });
    }

    private static boolean answers(RedisLink link) {
        try {
            return "PONG".equals(link.sync().ping());
        } catch (RedisException e) {
            return false;
        }
    }
}
