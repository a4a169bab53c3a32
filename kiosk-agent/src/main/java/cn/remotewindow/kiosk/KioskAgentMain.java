package cn.remotewindow.kiosk;

import cn.remotewindow.client.SignalingClients;
import cn.remotewindow.kiosk.agent.AgentTimings;
import cn.remotewindow.kiosk.agent.CaseFileSetup;
import cn.remotewindow.kiosk.agent.CatalogueSetup;
import cn.remotewindow.kiosk.agent.KioskAgent;
import cn.remotewindow.kiosk.agent.LocalDevices;
import cn.remotewindow.kiosk.agent.OwnScreen;
import cn.remotewindow.kiosk.agent.VerifySetup;
import cn.remotewindow.kiosk.config.KioskConfig;
import cn.remotewindow.kiosk.config.KioskConfigException;
import cn.remotewindow.kiosk.config.KioskConfigLoader;
import cn.remotewindow.kiosk.link.ServerApi;
import cn.remotewindow.kiosk.link.ServerLink;
import cn.remotewindow.kiosk.media.MediaEngine;
import cn.remotewindow.kiosk.media.VideoFormat;
import cn.remotewindow.kiosk.screen.HeadlessKioskScreen;
import cn.remotewindow.kiosk.screen.KioskScreen;
import cn.remotewindow.kiosk.screen.ScreenLanguage;
import cn.remotewindow.kiosk.screen.swing.SwingKioskScreen;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;

/**
 * Starts the kiosk agent: {@code java -jar kiosk-agent.jar [--config FILE] [--headless] [--check]}.
 * See kiosk-agent/README.md for the configuration keys and the check mode.
 */
public final class KioskAgentMain {

    /** The kiosk's own window shared to the expert: enough to read a form, cheap to encode. */
    static final VideoFormat OWN_SCREEN_FORMAT = new VideoFormat(1280, 720, 5);

    private KioskAgentMain() {
    }

    public static void main(String[] args) throws Exception {
        Path file = null;
        boolean headless = false;
        boolean check = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--config" -> {
                    if (i + 1 >= args.length) {
                        usage("--config needs a file");
                    }
                    file = Path.of(args[++i]);
                }
                case "--headless" -> headless = true;
                case "--check" -> check = true;
                case "--help", "-h" -> usage(null);
                default -> usage("unknown argument " + args[i]);
            }
        }
        if (file == null && Files.isReadable(Path.of("kiosk.properties"))) {
            file = Path.of("kiosk.properties");
        }
        KioskConfig config;
        try {
            config = new KioskConfigLoader(System.getenv()).load(file);
        } catch (KioskConfigException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        if (check) {
            System.exit(new AgentCheck(config, System.out).run() ? 0 : 1);
            return;
        }
        run(config, headless || config.screen().mode() == KioskConfig.ScreenMode.HEADLESS);
    }

    private static void run(KioskConfig config, boolean headless) throws InterruptedException {
        if (!headless && GraphicsEnvironment.isHeadless()) {
            System.err.println("No display (DISPLAY is not set): start with --headless, or under a desktop session.");
            System.exit(2);
        }
        MediaEngine engine = MediaEngine.start(LocalDevices.audioSetupFor(config.media()));
        KioskScreen screen;
        OwnScreen ownScreen;
        if (headless) {
            screen = new HeadlessKioskScreen();
            ownScreen = System.getenv("DISPLAY") != null ? e -> e.desktopScreen(OWN_SCREEN_FORMAT) : OwnScreen.NONE;
        } else {
            SwingKioskScreen swing = SwingKioskScreen.forDefaultDisplay();
            if (config.screen().fullScreen()) {
                swing.openFullScreen();
            } else {
                swing.open(new Rectangle(0, 0, 1280, 800));
            }
            screen = swing;
            ownScreen = e -> e.componentScreen(swing.component(), OWN_SCREEN_FORMAT);
        }
        screen.setLanguage("en".equals(config.screen().language().getLanguage()) ? ScreenLanguage.EN : ScreenLanguage.ZH_CN);
        // The service choice offers the server's catalogue (the copy kept from the last run until it arrives).
        KioskAgent agent = new KioskAgent(screen, null, CatalogueSetup.configured(config.catalogue()), engine,
                LocalDevices.configured(config.media()), ownScreen, AgentTimings.DEFAULTS,
                VerifySetup.configured(config.identity()), CaseFileSetup.configured(config), Clock.systemUTC());
        SignalingClients clients = new SignalingClients(1);
        ServerLink link = new ServerLink(new ServerApi(config.server().httpUrl(), config.device()), clients,
                config.reconnect(), agent.linkListener(), agent::resumeSession, Clock.systemUTC());
        agent.start(KioskAgent.Link.of(link));
        link.start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            link.close();
            agent.close();
            clients.close();
            engine.close();
            stopped.countDown();
        }, "kiosk-shutdown"));
        stopped.await();
    }

    private static void usage(String problem) {
        if (problem != null) {
            System.err.println(problem);
        }
        System.err.println("""
                usage: kiosk-agent [--config FILE] [--headless] [--check]
                  --config FILE  the kiosk's properties file (default: ./kiosk.properties if present);
                                 WINDOW_* environment variables override it (kiosk-agent/README.md)
                  --headless     no window (another front end drives the kiosk)
                  --check        check configuration, server, devices and media, then exit (0 = all good)""");
        System.exit(problem == null ? 0 : 2);
    }
}
