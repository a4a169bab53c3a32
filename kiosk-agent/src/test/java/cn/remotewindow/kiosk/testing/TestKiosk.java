package cn.remotewindow.kiosk.testing;

import static org.awaitility.Awaitility.await;

import cn.remotewindow.client.SignalingClients;
import cn.remotewindow.kiosk.agent.AgentTimings;
import cn.remotewindow.kiosk.agent.KioskAgent;
import cn.remotewindow.kiosk.agent.LocalDevices;
import cn.remotewindow.kiosk.agent.PromptListener;
import cn.remotewindow.kiosk.agent.VerifySetup;
import cn.remotewindow.kiosk.agent.Stage;
import cn.remotewindow.kiosk.config.KioskConfig;
import cn.remotewindow.kiosk.identity.FileIdCardReader;
import cn.remotewindow.kiosk.identity.IdCardReader;
import cn.remotewindow.kiosk.link.LinkListener;
import cn.remotewindow.kiosk.link.LinkProblem;
import cn.remotewindow.kiosk.link.ServerApi;
import cn.remotewindow.kiosk.link.ServerLink;
import cn.remotewindow.kiosk.media.AudioSetup;
import cn.remotewindow.kiosk.media.CallPeer;
import cn.remotewindow.kiosk.media.MediaEngine;
import cn.remotewindow.kiosk.media.RemoteVideo;
import cn.remotewindow.kiosk.media.VideoFormat;
import cn.remotewindow.kiosk.screen.ControlNames;
import cn.remotewindow.kiosk.screen.HeadlessKioskScreen;
import cn.remotewindow.kiosk.screen.ScreenId;
import cn.remotewindow.protocol.Envelope;
import cn.remotewindow.protocol.message.AuthOk;
import cn.remotewindow.protocol.message.Chat;
import cn.remotewindow.protocol.message.MediaState;
import cn.remotewindow.protocol.message.Message;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A whole kiosk for other modules' tests (the expert console's browser tests): the real kiosk agent
 * with a headless screen, a synthetic camera (640x480@30) or a simulated citizen ({@link PoseCamera})
 * and a 440 Hz tone, its own screen share a synthetic 1280x720 picture, the demo ID card on its
 * card reader, a real server link. Public counterpart of the kiosk's own
 * package-private AgentHarness, with the observations a test of the other side needs: what the
 * citizen's screen shows, the expert's video and screen frames received and drawn, and every
 * signaling message the kiosk received.
 */
public final class TestKiosk implements AutoCloseable {

    public static final Duration UNTIL = Duration.ofSeconds(30);
    private static final KioskConfig.Reconnect FAST = new KioskConfig.Reconnect(Duration.ofMillis(200), Duration.ofSeconds(1), 0.1);
    private static final KioskConfig.Media MEDIA = new KioskConfig.Media("synthetic", "synthetic", "", 640, 480, 30);

    private final MediaEngine engine = MediaEngine.start(AudioSetup.SYNTHETIC);
    private final HeadlessKioskScreen screen = new HeadlessKioskScreen();
    private final SignalingClients clients = new SignalingClients(1);
    private final List<Envelope> received = new CopyOnWriteArrayList<>();
    private final KioskAgent agent;
    private final ServerLink link;

    /** The demo kiosk kiosk-hongqi-01 (红旗区) against the given server. */
    public TestKiosk(URI http) {
        this(http, SignalingServerProcess.KIOSK, SignalingServerProcess.KIOSK_SECRET);
    }

    public TestKiosk(URI http, String kioskId, String secret) {
        this(http, kioskId, secret, LocalDevices.configured(MEDIA), PromptListener.NONE);
    }

    /**
     * The demo kiosk with a simulated citizen as its camera, who follows (or, disobedient, does not
     * follow) the identity check's prompts: for end-to-end tests of remote identity verification.
     */
    public TestKiosk(URI http, PoseCamera citizen) {
        this(http, citizen, FileIdCardReader.demoCard());
    }

    /** As above, with this card on the reader (e.g. {@link #testCard} for the person the camera shows). */
    public TestKiosk(URI http, PoseCamera citizen, IdCardReader card) {
        this(http, SignalingServerProcess.KIOSK, SignalingServerProcess.KIOSK_SECRET,
                LocalDevices.withCamera(MEDIA, citizen::open), citizen, card);
    }

    /**
     * A card from the repository's testdata (testdata/cards/README.md) with a photo from
     * testdata/faces, e.g. {@code testCard("obama.json", "obama2.jpg")}; found from a module's
     * directory or the root.
     */
    public static IdCardReader testCard(String cardFile, String photoFile) {
        for (java.nio.file.Path root : java.util.List.of(java.nio.file.Path.of("testdata"), java.nio.file.Path.of("..", "testdata"))) {
            java.nio.file.Path card = root.resolve("cards").resolve(cardFile);
            if (java.nio.file.Files.exists(card)) {
                return FileIdCardReader.of(card, root.resolve("faces").resolve(photoFile));
            }
        }
        throw new IllegalStateException("no testdata/cards/" + cardFile);
    }

    /**
     * The demo kiosk with a document source (an image file standing in for the document camera) and
     * receipts printed into a directory: for end-to-end tests of the case file in the call.
     */
    public TestKiosk(URI http, java.nio.file.Path documentFile, java.nio.file.Path receipts) {
        this(http, SignalingServerProcess.KIOSK, SignalingServerProcess.KIOSK_SECRET, LocalDevices.configured(MEDIA),
                PromptListener.NONE, FileIdCardReader.demoCard(), new cn.remotewindow.kiosk.agent.CaseFileSetup(documentFile,
                        "", new cn.remotewindow.kiosk.agent.DirectoryReceiptPrinter(receipts), Duration.ofSeconds(1)));
    }

    private TestKiosk(URI http, String kioskId, String secret, LocalDevices.Opener devices, PromptListener prompts) {
        this(http, kioskId, secret, devices, prompts, FileIdCardReader.demoCard());
    }

    private TestKiosk(URI http, String kioskId, String secret, LocalDevices.Opener devices, PromptListener prompts,
                      IdCardReader card) {
        this(http, kioskId, secret, devices, prompts, card, cn.remotewindow.kiosk.agent.CaseFileSetup.DEFAULTS);
    }

    private TestKiosk(URI http, String kioskId, String secret, LocalDevices.Opener devices, PromptListener prompts,
                      IdCardReader card, cn.remotewindow.kiosk.agent.CaseFileSetup caseFile) {
        // An ID card on the reader (by default the demo card: 王芳, 11010519491231002X), prompts at the kiosk's own pace.
        VerifySetup verify = VerifySetup.NONE.withCardReader(card).withPromptListener(prompts);
        // The service choice offers the server's catalogue, read over HTTP as a real kiosk does.
        agent = new KioskAgent(screen, null, cn.remotewindow.kiosk.agent.CatalogueSetup.DEFAULTS, engine, devices,
                e -> e.syntheticCamera(new VideoFormat(1280, 720, 5)), AgentTimings.DEFAULTS, verify, caseFile,
                Clock.systemUTC());
        LinkListener agentEvents = agent.linkListener();
        LinkListener recording = new LinkListener() {
            @Override
            public void onUp(AuthOk identity) {
                agentEvents.onUp(identity);
            }

            @Override
            public void onMessage(Envelope envelope) {
                received.add(envelope);
                agentEvents.onMessage(envelope);
            }

            @Override
            public void onDown(LinkProblem problem, int attempt, Duration retryIn) {
                agentEvents.onDown(problem, attempt, retryIn);
            }
        };
        link = new ServerLink(new ServerApi(http, new KioskConfig.Device(kioskId, secret)), clients, FAST, recording,
                agent::resumeSession, Clock.systemUTC());
        agent.start(KioskAgent.Link.of(link));
        link.start();
        await().atMost(UNTIL).until(() -> link.isUp() && screen.current().screen() == ScreenId.SERVICE_CHOICE);
    }

    /** The citizen taps 公安局, 户籍迁移 (item PSB-HJQY), optionally in the priority lane first. */
    public void requestHouseholdTransfer(boolean greenChannel) {
        if (greenChannel) {
            press(ControlNames.CHOICE_GREEN_CHANNEL);
        }
        press(ControlNames.CHOICE_DEPARTMENT + "PSB");
        press(ControlNames.CHOICE_ITEM + "PSB-HJQY");
    }

    /** Presses a control of the kiosk screen (names in {@link ControlNames}), waiting until it can. */
    public void press(String control) {
        await().atMost(UNTIL).until(() -> screen.press(control));
    }

    /** The citizen hangs up (and confirms). */
    public void hangUp() {
        press(ControlNames.CALL_HANG_UP);
        press(ControlNames.CALL_HANG_UP_CONFIRM);
    }

    public void awaitScreen(ScreenId id) {
        await().atMost(UNTIL).until(() -> screen.current().screen() == id);
    }

    public HeadlessKioskScreen screen() {
        return screen;
    }

    public ScreenId screenId() {
        return screen.current().screen();
    }

    public Stage stage() {
        return agent.stage();
    }

    /** The open (or last) session of this kiosk. */
    public String sessionId() {
        return agent.resumeSession();
    }

    /** Frames of the expert's camera drawn on the kiosk screen. */
    public long expertFramesShown() {
        return screen.expertVideo().frameCount();
    }

    /** Frames of the expert's shared screen drawn (large) on the kiosk screen. */
    public long expertScreenFramesShown() {
        return screen.sharedScreen().frameCount();
    }

    /** The expert's video tracks as the kiosk's peer received them (camera and screen, stream ids). */
    public List<RemoteVideo> remoteVideos() {
        CallPeer peer = agent.callPeer();
        return peer == null ? List.of() : List.copyOf(peer.remoteVideos());
    }

    /** Frames received of the expert's screen track (a video track of stream "screen"). */
    public long expertScreenFramesReceived() {
        return remoteVideos().stream().filter(RemoteVideo::isScreen).mapToLong(RemoteVideo::framesReceived).sum();
    }

    /** Frames received of the expert's camera track. */
    public long expertCameraFramesReceived() {
        return remoteVideos().stream().filter(v -> !v.isScreen()).mapToLong(RemoteVideo::framesReceived).sum();
    }

    /** Whether the kiosk shows the citizen that its own screen is being shared. */
    public boolean sharingOwnScreen() {
        return screen.current().shows(ControlNames.CALL_SHARING_OWN_SCREEN);
    }

    /** The expert's latest prompt or chat line as the citizen sees it, or null. */
    public String expertMessage() {
        return screen.current().text(ControlNames.CALL_EXPERT_MESSAGE);
    }

    /**
     * The main line of the identity check's step shown now (the consent question, a prompt, the
     * result), or null when none is shown. The citizen answers with {@link #press} and
     * {@link ControlNames#VERIFY_AGREE} or {@link ControlNames#VERIFY_REFUSE}.
     */
    public String verificationHeading() {
        return screen.current().text(ControlNames.VERIFY_HEADING);
    }

    /** Every signaling message the kiosk received, in order. */
    public List<Envelope> received() {
        return List.copyOf(received);
    }

    public List<MediaState> mediaStates() {
        return received.stream().filter(e -> e.body() instanceof MediaState).map(e -> (MediaState) e.body()).toList();
    }

    public List<Chat> chats() {
        return received.stream().filter(e -> e.body() instanceof Chat).map(e -> (Chat) e.body()).toList();
    }

    /** Sends a chat line to the expert through the server, as a kiosk may. */
    public boolean sendChat(String text) {
        return link.send(sessionId(), new Chat(text, null, null));
    }

    @Override
    public void close() {
        link.close();
        agent.close();
        clients.close();
        engine.close();
    }
}
