package cn.remotewindow.console;

import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Debian's Chromium driven by Playwright, offline (its own browser download is off), headless,
 * with fake camera, microphone and screen: what the console's browser tests share per class.
 *
 * <p>Flags: {@code --use-fake-device-for-media-stream} gives getUserMedia a synthetic camera
 * (a moving test pattern) and microphone (a beep), and also backs getDisplayMedia with a fake
 * 1280x720 screen; {@code --use-fake-ui-for-media-stream} answers every permission prompt and
 * the screen picker with "allow" (measured: with both, getDisplayMedia returns a "screen:" track
 * that delivers frames headless, without any of the --auto-select-* flags).
 */
final class ConsoleBrowser implements AutoCloseable {

    static final Duration UNTIL = Duration.ofSeconds(30);
    static final List<String> FLAGS = List.of(
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--use-fake-device-for-media-stream",
            "--use-fake-ui-for-media-stream",
            "--autoplay-policy=no-user-gesture-required",
            "--disable-features=WebRtcHideLocalIpsWithMdns");

    private final Playwright playwright;
    private final Browser browser;

    ConsoleBrowser() {
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get(System.getProperty("console.browser", "/usr/bin/chromium")))
                .setHeadless(true)
                .setArgs(FLAGS));
    }

    private ConsoleBrowser(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    /**
     * Debian's Firefox ESR, driven over WebDriver BiDi (Playwright's "moz-firefox" channel: the
     * stock browser, not Playwright's patched build). Fake camera and microphone, permission
     * prompts answered, mDNS host names off so that candidates carry the namespace's addresses.
     */
    static ConsoleBrowser firefox() {
        Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        Browser browser = playwright.firefox().launch(new BrowserType.LaunchOptions()
                .setChannel("moz-firefox")
                .setExecutablePath(Paths.get(System.getProperty("console.firefox", "/usr/bin/firefox-esr")))
                .setHeadless(true)
                .setFirefoxUserPrefs(Map.of(
                        "media.navigator.streams.fake", true,
                        "media.navigator.permission.disabled", true,
                        "media.autoplay.default", 0,
                        "media.peerconnection.ice.obfuscate_host_addresses", false)));
        return new ConsoleBrowser(playwright, browser);
    }

    /** A fresh page in its own context (own sessionStorage and localStorage), 1440x900. */
    Page newPage() {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(1440, 900)
                .setLocale("zh-CN")
                .setTimezoneId("Asia/Shanghai"));
        context.setDefaultTimeout(UNTIL.toMillis());
        Page page = context.newPage();
        page.onConsoleMessage(m -> {
            if (!"debug".equals(m.type())) {
                System.out.println("[console " + m.type() + "] " + m.text());
            }
        });
        page.onPageError(e -> System.out.println("[page error] " + e));
        return page;
    }

    static void open(Page page, URI http) {
        page.navigate(http.resolve("/console/").toString());
        page.waitForSelector("#view-login:not([hidden])");
    }

    static void signIn(Page page, String user, String password) {
        page.fill("#login-username", user);
        page.fill("#login-password", password);
        page.click("#login-submit");
    }

    /** Opens the console, signs in as zhangwei and waits until signaling is up. */
    static void signedIn(Page page, URI http) {
        signedIn(page, http, "zhangwei");
    }

    /** Opens the console, signs in as this demo expert (password demo-NAME) and waits until signaling is up. */
    static void signedIn(Page page, URI http, String demoExpert) {
        open(page, http);
        signIn(page, demoExpert, "demo-" + demoExpert);
        page.waitForSelector("#view-idle:not([hidden])");
        await().atMost(UNTIL).until(() -> "up".equals(page.evaluate("window.__console.link()")));
    }

    static void available(Page page) {
        page.click("#btn-available");
        await().atMost(UNTIL).until(() -> "AVAILABLE".equals(page.evaluate("window.__console.presence()")));
    }

    /** Answers the ring showing on the page and waits until the kiosk's video is decoded in it. */
    static void acceptAndConnect(Page page) {
        page.waitForSelector("#ring:not([hidden])");
        page.click("#ring-accept");
        await().atMost(UNTIL).until(() -> "active".equals(phase(page)));
        await().atMost(UNTIL).until(() -> framesDecoded(page, "camera") > 10);
    }

    static Object hook(Page page, String expression) {
        return page.evaluate("window.__console." + expression);
    }

    static String phase(Page page) {
        return (String) hook(page, "phase()");
    }

    /** The identity verification the page follows ({id, phase, verdict, decision, method}), or null. */
    static Map<?, ?> verification(Page page) {
        return (Map<?, ?>) page.evaluate("window.__console.verification");
    }

    /** The phase of the identity verification the page follows, or null. */
    static String verificationPhase(Page page) {
        Map<?, ?> v = verification(page);
        return v == null ? null : (String) v.get("phase");
    }

    /** Waits until the image element is loaded and has pixels (naturalWidth > 0). */
    static void awaitImage(Page page, String elementId) {
        page.waitForFunction("id => { const i = document.getElementById(id);"
                + " return !!i && !i.hidden && i.complete && i.naturalWidth > 0; }", elementId);
    }

    /** Whether two elements' boxes on the page overlap (e.g. a panel covering the kiosk's video). */
    static boolean overlap(Page page, String a, String b) {
        com.microsoft.playwright.options.BoundingBox x = page.locator(a).boundingBox();
        com.microsoft.playwright.options.BoundingBox y = page.locator(b).boundingBox();
        return x.x < y.x + y.width && y.x < x.x + x.width && x.y < y.y + y.height && y.y < x.y + x.height;
    }

    /** framesDecoded of the kiosk's camera ("camera") or screen ("screen") track in the page. */
    static long framesDecoded(Page page, String track) {
        Object value = ((Map<?, ?>) page.evaluate("window.__console.stats()")).get(track);
        return value == null ? 0 : ((Number) value).longValue();
    }

    /** The session's record on the server (GET /api/sessions/{id}), read with the page's own access token. */
    static String sessionRecord(Page page, URI http, String sessionId) {
        String auth = (String) page.evaluate("JSON.parse(sessionStorage.getItem('console.auth')).token");
        com.microsoft.playwright.APIResponse response = page.request().get(
                http.resolve("/api/sessions/" + sessionId).toString(),
                com.microsoft.playwright.options.RequestOptions.create().setHeader("Authorization", "Bearer " + auth));
        if (response.status() != 200) {
            throw new AssertionError("GET /api/sessions/" + sessionId + " answered " + response.status());
        }
        return response.text();
    }

    static void screenshot(Page page, String name) {
        try {
            Path dir = Paths.get(System.getProperty("screenshots.dir", "target/screenshots"));
            Files.createDirectories(dir);
            page.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve(name + ".png")));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
