package cn.remotewindow.kiosk.link;

import cn.remotewindow.client.SignalingClients;
import cn.remotewindow.client.SignalingConnection;
import cn.remotewindow.client.SignalingListener;
import cn.remotewindow.kiosk.config.KioskConfig;
import cn.remotewindow.kiosk.identity.EvidenceOutcome;
import cn.remotewindow.kiosk.identity.EvidenceUpload;
import cn.remotewindow.protocol.CloseCode;
import cn.remotewindow.protocol.Envelope;
import cn.remotewindow.protocol.ErrorCode;
import cn.remotewindow.protocol.message.Auth;
import cn.remotewindow.protocol.message.AuthOk;
import cn.remotewindow.protocol.message.ErrorReply;
import cn.remotewindow.protocol.message.Message;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the kiosk connected to the signaling server: signs in with the device credential, fetches
 * a fresh single-use ticket for every connection, authenticates, and after any loss reconnects
 * with back-off until closed. The server resumes the kiosk's open session on its own. All work
 * runs on one thread of its own, never on Netty's.
 */
public final class ServerLink implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ServerLink.class);
    private static final Duration AUTH_WAIT = Duration.ofSeconds(10);
    /** Sign in again before the access token runs out rather than on a refusal. */
    private static final Duration TOKEN_MARGIN = Duration.ofMinutes(5);

    private final ServerApi api;
    private final SignalingClients clients;
    private final KioskConfig.Reconnect policy;
    private final LinkListener listener;
    private final Supplier<String> resumeSession;
    private final Clock clock;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "kiosk-link");
        t.setDaemon(true);
        return t;
    });

    private AccessToken access;
    private volatile SignalingConnection connection;
    private int failures;
    private boolean closed;

    /**
     * @param resumeSession the session to ask the server to resume on (re)connecting, or null for none;
     *                      asked on the link thread at each connection
     */
    public ServerLink(ServerApi api, SignalingClients clients, KioskConfig.Reconnect policy, LinkListener listener,
                      Supplier<String> resumeSession, Clock clock) {
        this.api = api;
        this.clients = clients;
        this.policy = policy;
        this.listener = listener;
        this.resumeSession = resumeSession;
        this.clock = clock;
    }

    public void start() {
        thread.execute(this::attempt);
    }

    /** @return false when not connected (the message is not sent; the caller decides what to do) */
    public boolean send(String sessionId, Message message) {
        SignalingConnection current = connection;
        if (current == null || !current.isOpen()) {
            return false;
        }
        current.send(sessionId, message);
        return true;
    }

    public boolean isUp() {
        SignalingConnection current = connection;
        return current != null && current.isOpen();
    }

    /**
     * Uploads identity-verification evidence with the kiosk's access token (signing in first if it
     * has none or it ran out; once more if the server refuses it). Blocks up to {@code timeout};
     * call it off the link's and the agent's threads.
     *
     * @throws InterruptedException when the calling thread is interrupted (the verification was cancelled)
     */
    public EvidenceOutcome submitEvidence(String uploadPath, EvidenceUpload upload, Duration timeout)
            throws InterruptedException {
        long until = System.nanoTime() + timeout.toNanos();
        EvidenceOutcome outcome = EvidenceOutcome.UNREACHABLE;
        for (int attempt = 0; attempt < 2; attempt++) {
            boolean fresh = attempt > 0;
            AccessToken token;
            try {
                token = thread.submit(() -> {
                    if (fresh) {
                        access = null;
                    }
                    return accessToken();
                }).get(Math.max(1, until - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (ExecutionException | TimeoutException | java.util.concurrent.RejectedExecutionException e) {
                log.warn("evidence upload: no access token ({})", e.getCause() != null ? e.getCause().getMessage() : e);
                return EvidenceOutcome.UNREACHABLE;
            }
            Duration left = Duration.ofNanos(until - System.nanoTime());
            if (left.isNegative() || left.isZero()) {
                return EvidenceOutcome.UNREACHABLE;
            }
            outcome = api.submitEvidence(token, uploadPath, upload, left);
            if (outcome != EvidenceOutcome.TOKEN_REFUSED) {
                return outcome;
            }
        }
        return outcome;
    }

    /**
     * One exchange of the case file (a document picture, the signature, the receipt) with the access
     * token, signing in again once when the token is refused. Blocking: call it off the link's and
     * the agent's threads.
     */
    public CaseFileReply caseFile(CaseFileCall call) throws InterruptedException {
        return authorised(token -> api.caseFile(token, call), reply -> reply.status() == 401,
                CaseFileReply.UNREACHABLE, call.timeout(), "case file " + call.path());
    }

    /**
     * The running catalogue, or 304 when {@code etag} still names it, with the access token (signing
     * in again once when it is refused). Blocking: call it off the link's and the agent's threads.
     */
    public CatalogueReply catalogue(String etag) throws InterruptedException {
        return authorised(token -> api.catalogue(token, etag), reply -> reply.status() == 401,
                CatalogueReply.UNREACHABLE, Duration.ofSeconds(10), "catalogue");
    }

    private interface Exchange<R> {
        R with(AccessToken token) throws InterruptedException;
    }

    /** One HTTP exchange with the access token; once more with a fresh sign-in when the token is refused. */
    private <R> R authorised(Exchange<R> exchange, java.util.function.Predicate<R> tokenRefused, R unreachable,
                             Duration tokenWait, String what) throws InterruptedException {
        R reply = unreachable;
        for (int attempt = 0; attempt < 2; attempt++) {
            boolean fresh = attempt > 0;
            AccessToken token;
            try {
                token = thread.submit(() -> {
                    if (fresh) {
                        access = null;
                    }
                    return accessToken();
                }).get(tokenWait.toMillis(), TimeUnit.MILLISECONDS);
            } catch (ExecutionException | TimeoutException | java.util.concurrent.RejectedExecutionException e) {
                log.warn("{}: no access token ({})", what, e.getCause() != null ? e.getCause().getMessage() : e);
                return unreachable;
            }
            reply = exchange.with(token);
            if (!tokenRefused.test(reply)) {
                return reply;
            }
        }
        return reply;
    }

    /** Drops the current connection as a network fault would (for tests and the --check mode). */
    public void dropConnection() {
        SignalingConnection current = connection;
        if (current != null) {
            current.closeFuture().channel().close();
        }
    }

    private void attempt() {
        if (closed) {
            return;
        }
        try {
            Ticket ticket;
            try {
                ticket = api.ticket(accessToken());
            } catch (LinkException refused) {
                if (refused.problem() != LinkProblem.CREDENTIAL_REJECTED) {
                    throw refused;
                }
                // The access token no longer works (e.g. the server restarted with a new key): sign in again.
                access = null;
                ticket = api.ticket(accessToken());
            }
            open(ticket);
        } catch (LinkException e) {
            if (e.problem() == LinkProblem.CREDENTIAL_REJECTED) {
                access = null;
            }
            retryLater(e.problem(), e.getMessage());
        }
    }

    private AccessToken accessToken() throws LinkException {
        if (access == null || !access.validFor(clock.instant(), TOKEN_MARGIN)) {
            access = api.signIn();
            log.info("signed in as kiosk '{}' ({})", access.kioskName(), access.district());
            if (api.device().districtDiffers(access.district())) {
                log.warn("this kiosk is configured for district '{}' but its account on the server is in '{}':"
                        + " citizens here are routed as '{}'; fix kiosk.district or the account", api.device().district(),
                        access.district(), access.district());
            }
        }
        return access;
    }

    private void open(Ticket ticket) throws LinkException {
        CompletableFuture<AuthOk> authenticated = new CompletableFuture<>();
        SignalingConnection opened;
        try {
            opened = clients.connect(ticket.url(), new Events(authenticated)).get(AUTH_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new LinkException(LinkProblem.UNREACHABLE, "cannot open " + ticket.url() + ": " + e.getCause(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LinkException(LinkProblem.UNREACHABLE, "interrupted", e);
        }
        opened.send(null, new Auth(ticket.token(), resumeSession.get()));
        try {
            AuthOk identity = authenticated.get(AUTH_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            connection = opened;
            failures = 0;
            log.info("connected to {} as {}", ticket.url(), identity.id());
            listener.onUp(identity);
        } catch (ExecutionException | TimeoutException e) {
            opened.close();
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            if (cause instanceof LinkException link) {
                throw link;
            }
            throw new LinkException(LinkProblem.SERVER_ERROR, "no auth.ok from the server: " + cause, cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LinkException(LinkProblem.UNREACHABLE, "interrupted", e);
        }
    }

    private void retryLater(LinkProblem problem, String why) {
        if (closed) {
            return;
        }
        failures++;
        Duration delay = problem == LinkProblem.REPLACED || problem == LinkProblem.CREDENTIAL_REJECTED
                ? policy.maxDelay() : jittered(policy.delayBefore(failures));
        log.warn("not connected ({}: {}); next attempt in {} ms", problem, why, delay.toMillis());
        listener.onDown(problem, failures, delay);
        thread.schedule(this::attempt, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private Duration jittered(Duration delay) {
        double factor = 1 + (ThreadLocalRandom.current().nextDouble() * 2 - 1) * policy.jitter();
        return Duration.ofMillis(Math.max(0, Math.round(delay.toMillis() * factor)));
    }

    @Override
    public void close() {
        thread.execute(() -> {
            closed = true;
            SignalingConnection current = connection;
            connection = null;
            if (current != null) {
                current.close();
            }
        });
        thread.shutdown();
        try {
            thread.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One connection's events, handed to the link thread. */
    private final class Events implements SignalingListener {

        private final CompletableFuture<AuthOk> authenticated;

        Events(CompletableFuture<AuthOk> authenticated) {
            this.authenticated = authenticated;
        }

        @Override
        public void onMessage(Envelope envelope) {
            if (!authenticated.isDone()) {
                if (envelope.body() instanceof AuthOk ok) {
                    authenticated.complete(ok);
                } else if (envelope.body() instanceof ErrorReply error) {
                    authenticated.completeExceptionally(refusal(error.code()));
                }
                return;
            }
            thread.execute(() -> listener.onMessage(envelope));
        }

        @Override
        public void onUndecodable(String frame, RuntimeException error) {
            log.warn("ignoring a frame from the server that does not decode: {}", error.getMessage());
        }

        @Override
        public void onClosed(int code, String reason) {
            authenticated.completeExceptionally(new LinkException(LinkProblem.CONNECTION_LOST, "closed " + code));
            thread.execute(() -> {
                if (closed || connection == null || connection.isOpen()) {
                    return;
                }
                connection = null;
                LinkProblem problem = code == CloseCode.SUPERSEDED.code() ? LinkProblem.REPLACED : LinkProblem.CONNECTION_LOST;
                retryLater(problem, "connection closed (" + code + (reason.isEmpty() ? "" : " " + reason) + ")");
            });
        }

        private LinkException refusal(ErrorCode code) {
            if (code == ErrorCode.TOKEN_EXPIRED || code == ErrorCode.TOKEN_REPLAYED || code == ErrorCode.TOKEN_INVALID) {
                // A fresh sign-in and ticket on the next attempt.
                thread.execute(() -> access = null);
                return new LinkException(LinkProblem.SERVER_ERROR, "ticket refused: " + code);
            }
            return new LinkException(LinkProblem.SERVER_ERROR, "authentication failed: " + code);
        }
    }
}
