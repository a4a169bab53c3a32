package cn.remotewindow.kiosk.agent;

import cn.remotewindow.kiosk.link.CaseFileCall;
import cn.remotewindow.kiosk.link.CaseFileReply;
import cn.remotewindow.kiosk.link.CatalogueReply;
import cn.remotewindow.kiosk.identity.EvidenceOutcome;
import cn.remotewindow.kiosk.identity.EvidenceUpload;
import cn.remotewindow.kiosk.link.LinkListener;
import cn.remotewindow.kiosk.media.CallPeer;
import cn.remotewindow.kiosk.media.MediaEngine;
import cn.remotewindow.kiosk.screen.KioskScreen;
import cn.remotewindow.kiosk.screen.ServiceCatalogue;
import cn.remotewindow.protocol.message.Message;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kiosk's call controller: turns the citizen's taps into requests, the server's messages into
 * screens, and carries the call's media ({@link ServiceFlow} does that; kiosk-agent/README.md has
 * the flow).
 *
 * <p>This class owns the one thread ("kiosk-agent") on which all of it runs: the link's, the
 * screen's and the media's callbacks hop onto it, so the flow needs no locks and sees events in
 * order. Whatever the server, the network or the citizen does, the citizen sees a screen that says
 * what is going on and what to do next.
 */
public final class KioskAgent implements AutoCloseable {

    /** What the agent uses to reach the server; ServerLink in production. */
    public interface Link {

        boolean send(String sessionId, Message message);

        boolean isUp();

        /**
         * Uploads identity-verification evidence over HTTP ({@code ServerLink.submitEvidence}); blocks
         * up to {@code timeout}, called on a worker thread, never the agent's.
         */
        EvidenceOutcome submitEvidence(String uploadPath, EvidenceUpload upload, Duration timeout)
                throws InterruptedException;

        /**
         * One HTTP exchange of the case file ({@code ServerLink.caseFile}): a document picture, the
         * signature, the receipt. Blocks up to the call's timeout, on a worker thread. A link without
         * it answers {@link CaseFileReply#UNREACHABLE}.
         */
        default CaseFileReply caseFile(CaseFileCall call) throws InterruptedException {
            return CaseFileReply.UNREACHABLE;
        }

        /**
         * The server's catalogue ({@code ServerLink.catalogue}), or 304 when {@code etag} still
         * names it. Blocks; called on the catalogue's own thread. A link without it answers
         * {@link CatalogueReply#UNREACHABLE}.
         */
        default CatalogueReply catalogue(String etag) throws InterruptedException {
            return CatalogueReply.UNREACHABLE;
        }

        /** The agent's link over the real server link. */
        static Link of(cn.remotewindow.kiosk.link.ServerLink link) {
            return new Link() {
                @Override
                public boolean send(String sessionId, Message message) {
                    return link.send(sessionId, message);
                }

                @Override
                public boolean isUp() {
                    return link.isUp();
                }

                @Override
                public EvidenceOutcome submitEvidence(String uploadPath, EvidenceUpload upload, Duration timeout)
                        throws InterruptedException {
                    return link.submitEvidence(uploadPath, upload, timeout);
                }

                @Override
                public CaseFileReply caseFile(CaseFileCall call) throws InterruptedException {
                    return link.caseFile(call);
                }

                @Override
                public CatalogueReply catalogue(String etag) throws InterruptedException {
                    return link.catalogue(etag);
                }
            };
        }
    }

    private static final Logger log = LoggerFactory.getLogger(KioskAgent.class);

    private final KioskScreen screen;
    private final ScheduledExecutorService thread;
    private final ServiceFlow flow;
    private final CatalogueUpdates catalogueUpdates;
    private volatile boolean closed;

    /**
     * @param devicesOpener opens the camera and microphone (again after a device problem)
     * @param ownScreen what the kiosk shares when the expert asks to see its screen
     */
    public KioskAgent(KioskScreen screen, ServiceCatalogue catalogue, MediaEngine engine,
                      LocalDevices.Opener devicesOpener, OwnScreen ownScreen, AgentTimings timings, Clock clock) {
        this(screen, catalogue, engine, devicesOpener, ownScreen, timings, VerifySetup.NONE, clock);
    }

    /**
     * @param verifySetup the ID card reader and the pace of remote identity verification;
     *     {@link VerifySetup#NONE} for a kiosk without a reader (the expert checks by hand)
     */
    public KioskAgent(KioskScreen screen, ServiceCatalogue catalogue, MediaEngine engine,
                      LocalDevices.Opener devicesOpener, OwnScreen ownScreen, AgentTimings timings,
                      VerifySetup verifySetup, Clock clock) {
        this(screen, catalogue, engine, devicesOpener, ownScreen, timings, verifySetup, CaseFileSetup.DEFAULTS, clock);
    }

    /**
     * @param caseFileSetup the document camera and the receipt printer of the case file in the call
     */
    public KioskAgent(KioskScreen screen, ServiceCatalogue catalogue, MediaEngine engine,
                      LocalDevices.Opener devicesOpener, OwnScreen ownScreen, AgentTimings timings,
                      VerifySetup verifySetup, CaseFileSetup caseFileSetup, Clock clock) {
        this(screen, catalogue, CatalogueSetup.DEFAULTS, engine, devicesOpener, ownScreen, timings, verifySetup,
                caseFileSetup, clock);
    }

    /**
     * @param catalogue what the service choice offers until the server's catalogue arrives; null: the
     *     copy kept in {@code catalogueSetup}'s cache file, or "getting ready" until the server's arrives
     * @param catalogueSetup where the server's catalogue is kept between runs, how often it is read again
     */
    public KioskAgent(KioskScreen screen, ServiceCatalogue catalogue, CatalogueSetup catalogueSetup, MediaEngine engine,
                      LocalDevices.Opener devicesOpener, OwnScreen ownScreen, AgentTimings timings,
                      VerifySetup verifySetup, CaseFileSetup caseFileSetup, Clock clock) {
        this.screen = screen;
        this.thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "kiosk-agent");
            t.setDaemon(true);
            return t;
        });
        this.catalogueUpdates = new CatalogueUpdates(catalogueSetup.cacheFile(), catalogueSetup.refreshEvery(),
                arrived -> onAgent(() -> flow().catalogueArrived(arrived)));
        ServiceCatalogue first = catalogue != null ? catalogue : catalogueUpdates.cached();
        this.flow = new ServiceFlow(screen, first, engine, devicesOpener, ownScreen, timings, verifySetup,
                caseFileSetup, clock, thread);
    }

    /** The link listener to give the server link; events hop onto the agent's thread. */
    public LinkListener linkListener() {
        return new AgentLinkEvents(this);
    }

    /** The session to resume on reconnecting (the link asks on each connection). */
    public String resumeSession() {
        return flow.sessionId();
    }

    /** Opens the devices and shows the start screen. The link is started by the caller afterwards. */
    public void start(Link serverLink) {
        screen.setListener(new CitizenEvents(this));
        var language = screen.language();
        onAgent(() -> flow.start(serverLink, language));
        catalogueUpdates.start(serverLink);
    }

    /** The link is up (again): the catalogue may have changed meanwhile. */
    void linkUp() {
        catalogueUpdates.refresh();
    }

    /** The current stage, for tests and diagnostics. */
    public Stage stage() {
        return ask(flow::stage);
    }

    /** The call's media now, or null: for tests and diagnostics. */
    public CallPeer callPeer() {
        return ask(flow::callPeer);
    }

    /** The call's peer to a guest expert (three-party call), null when none; for tests and checks. */
    public CallPeer guestPeer(String guestId) {
        return ask(() -> flow.guestPeer(guestId));
    }

    /** The flow, for the event adapters: only ever touched from {@link #onAgent} work. */
    ServiceFlow flow() {
        return flow;
    }

    /** Runs work on the agent's thread; a failure is logged and shown, never lost in the executor. */
    void onAgent(Runnable work) {
        if (!closed) {
            thread.execute(() -> {
                if (!closed) {
                    flow.guarded(work);
                }
            });
        }
    }

    private <T> T ask(Callable<T> question) {
        try {
            return thread.submit(question).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the agent did not answer", e);
        }
    }

    /** Ends any call and frees the devices; the link is closed by its owner. */
    @Override
    public void close() {
        try {
            thread.submit(() -> {
                closed = true;
                flow.close();
            }).get(15, TimeUnit.SECONDS);
        } catch (Exception e) {
            log.warn("agent did not close cleanly", e);
        }
        thread.shutdownNow();
        catalogueUpdates.close();
    }
}
