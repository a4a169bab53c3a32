package cn.remotewindow.signaling.testing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.remotewindow.client.SignalingClients;
import cn.remotewindow.client.SignalingConnection;
import cn.remotewindow.client.SignalingListener;
import cn.remotewindow.protocol.Envelope;
import cn.remotewindow.protocol.ErrorCode;
import cn.remotewindow.protocol.message.ErrorReply;
import cn.remotewindow.protocol.message.Message;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A real WebSocket client in a test, with an inbox that tests wait on. Waiting for one kind of
 * message leaves the others in the inbox, in order, for later checks.
 */
public final class TestParty implements SignalingListener, AutoCloseable {

    public static final Duration WAIT = Duration.ofSeconds(10);

    private final List<Envelope> inbox = new ArrayList<>();
    /** When each message in the inbox arrived (System.nanoTime), for tests of timing. */
    private final Map<Envelope, Long> arrivedAt = new IdentityHashMap<>();
    private final CountDownLatch closed = new CountDownLatch(1);
    private volatile int closeCode;
    private volatile SignalingConnection connection;

    public static TestParty connect(SignalingClients clients, URI uri) {
        TestParty party = new TestParty();
        party.connection = clients.connect(uri, party).orTimeout(10, TimeUnit.SECONDS).join();
        return party;
    }

    @Override
    public void onMessage(Envelope envelope) {
        synchronized (inbox) {
            inbox.add(envelope);
            arrivedAt.put(envelope, System.nanoTime());
            inbox.notifyAll();
        }
    }

    @Override
    public void onUndecodable(String frame, RuntimeException error) {
        throw new AssertionError("server sent an undecodable frame: " + frame, error);
    }

    @Override
    public void onClosed(int code, String reason) {
        closeCode = code;
        closed.countDown();
    }

    public SignalingConnection connection() {
        return connection;
    }

    public String send(String sessionId, Message message) {
        return connection.send(sessionId, message);
    }

    public String send(Message message) {
        return connection.send(null, message);
    }

    /** Waits for the first message of the type in the inbox and takes it out. */
    public <T extends Message> Envelope await(Class<T> type) {
        return await(type, m -> true);
    }

    public <T extends Message> T awaitBody(Class<T> type) {
        return type.cast(await(type).body());
    }

    @SuppressWarnings("unchecked")
    public <T extends Message> T awaitBody(Class<T> type, Predicate<T> matching) {
        return (T) await(type, matching).body();
    }

    public <T extends Message> Envelope await(Class<T> type, Predicate<T> matching) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        synchronized (inbox) {
            while (true) {
                for (Iterator<Envelope> it = inbox.iterator(); it.hasNext(); ) {
                    Envelope envelope = it.next();
                    if (type.isInstance(envelope.body()) && matching.test(type.cast(envelope.body()))) {
                        it.remove();
                        return envelope;
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("no " + type.getSimpleName() + " within " + WAIT + "; inbox: " + inbox);
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(inbox, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("interrupted", e);
                }
            }
        }
    }

    /**
     * Waits until {@code count} messages of the given types have arrived and takes them out, in
     * arrival order: for checks of ordering.
     */
    @SafeVarargs
    public final List<Envelope> awaitInOrder(int count, Class<? extends Message>... types) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        synchronized (inbox) {
            while (true) {
                List<Envelope> matching = new ArrayList<>();
                for (Envelope envelope : inbox) {
                    for (Class<? extends Message> type : types) {
                        if (type.isInstance(envelope.body()) && matching.size() < count) {
                            matching.add(envelope);
                        }
                    }
                }
                if (matching.size() == count) {
                    inbox.removeAll(matching);
                    return matching;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("only " + matching.size() + " of " + count + " within " + WAIT + "; inbox: " + inbox);
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(inbox, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("interrupted", e);
                }
            }
        }
    }

    /** When a message taken from the inbox had arrived, as System.nanoTime. */
    public long arrivedNanos(Envelope envelope) {
        synchronized (inbox) {
            Long at = arrivedAt.get(envelope);
            if (at == null) {
                throw new IllegalArgumentException("not a message this party received: " + envelope);
            }
            return at;
        }
    }

    /** Waits for an error with this code and returns the envelope (for its correlation id). */
    public Envelope awaitError(ErrorCode code) {
        return await(ErrorReply.class, e -> e.code() == code);
    }

    /** Asserts that no message of the type arrives within the given time. */
    public <T extends Message> void assertNone(Class<T> type, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        synchronized (inbox) {
            while (true) {
                for (Envelope envelope : inbox) {
                    assertThat(envelope.body()).as("unexpected message").isNotInstanceOf(type);
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return;
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(inbox, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** Waits until the server closes the connection and returns the close code (1006 if none). */
    public int awaitClose() {
        try {
            assertThat(closed.await(WAIT.toMillis(), TimeUnit.MILLISECONDS)).as("connection closed").isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
        return closeCode;
    }

    /** Whether a message of the type is waiting in the inbox, without taking it. */
    public boolean has(Class<? extends Message> type) {
        synchronized (inbox) {
            return inbox.stream().anyMatch(e -> type.isInstance(e.body()));
        }
    }

    public boolean isOpen() {
        return connection.isOpen();
    }

    /** Drops the TCP connection without a close frame, as a pulled cable would. */
    public void drop() {
        connection.closeFuture().channel().close();
    }

    public List<Envelope> inboxSnapshot() {
        synchronized (inbox) {
            return List.copyOf(inbox);
        }
    }

    @Override
    public void close() {
        if (connection != null) {
            connection.close();
        }
    }
}
