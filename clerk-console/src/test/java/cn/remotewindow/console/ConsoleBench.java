package cn.remotewindow.console;

import cn.remotewindow.kiosk.screen.ControlNames;
import cn.remotewindow.kiosk.screen.ScreenId;
import cn.remotewindow.kiosk.testing.SignalingServerProcess;
import cn.remotewindow.kiosk.testing.TestKiosk;
import com.microsoft.playwright.Page;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The console benchmark ({@code bench/run console}): the real signaling server and a headless kiosk
 * agent in this JVM, the console in Debian's Chromium, inside a private network namespace
 * (bin/java-in-netns). Per call: the kiosk asks, the console rings, and the page itself times the
 * click on 接听 to the first kiosk frame it decoded ({@code framesDecoded} of the kiosk's camera
 * track turning non-zero, polled every 5 ms in the page). Then the expert ends with an outcome and
 * the kiosk goes back to its start screen.
 *
 * <p>Progress goes to stderr; the last line on stdout is
 * {@code BENCH console calls=N accept_to_frame_p50_ms=.. accept_to_frame_p95_ms=.. accept_to_frame_max_ms=..}.
 * Options: {@code --calls N} [20], {@code --warmup-calls N} [2].
 */
public final class ConsoleBench {

    /** Clicks 接听 and resolves with the milliseconds until the kiosk's first decoded frame. */
    private static final String ACCEPT_AND_TIME = """
            async () => {
              const t0 = performance.now();
              document.getElementById('ring-accept').click();
              while (performance.now() - t0 < 20000) {
                const stats = await window.__console.stats();
                if (stats && stats.camera > 0) return performance.now() - t0;
                await new Promise((r) => setTimeout(r, 5));
              }
              return -1;
            }""";

    private ConsoleBench() {
    }

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.ROOT);
        PrintStream stdout = System.out;
        System.setOut(System.err);
        int calls = 20;
        int warmup = 2;
        for (int i = 0; i < args.length; i += 2) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            if ("--calls".equals(args[i]) && value != null) {
                calls = Integer.parseInt(value);
            } else if ("--warmup-calls".equals(args[i]) && value != null) {
                warmup = Integer.parseInt(value);
            } else {
                System.err.println("usage: ConsoleBench [--calls N] [--warmup-calls N]; unknown: " + args[i]);
                System.exit(2);
            }
        }
        List<Double> measured = new ArrayList<>();
        int status = 0;
        try (SignalingServerProcess server = new SignalingServerProcess().start();
             ConsoleBrowser browser = new ConsoleBrowser();
             TestKiosk kiosk = new TestKiosk(server.httpUrl())) {
            Page page = browser.newPage();
            ConsoleBrowser.signedIn(page, server.httpUrl());
            ConsoleBrowser.available(page);
            for (int call = 0; call < warmup + calls; call++) {
                kiosk.requestHouseholdTransfer(false);
                page.waitForSelector("#ring:not([hidden]) #ring-accept:enabled");
                double ms = ((Number) page.evaluate(ACCEPT_AND_TIME)).doubleValue();
                if (ms < 0) {
                    throw new IllegalStateException("call " + (call + 1) + ": no kiosk frame decoded within 20 s");
                }
                boolean warm = call < warmup;
                if (!warm) {
                    measured.add(ms);
                }
                System.err.printf("call %d%s: accept -> first decoded frame %.0f ms%n", call + 1, warm ? " (warm-up)" : "", ms);
                endWithOutcome(page, call);
                kiosk.awaitScreen(ScreenId.RATING);
                kiosk.press(ControlNames.RATING_SKIP);
                kiosk.press(ControlNames.GOODBYE_START_OVER);
                kiosk.awaitScreen(ScreenId.SERVICE_CHOICE);
                page.waitForFunction("window.__console.phase() === 'idle' && window.__console.presence() === 'AVAILABLE'");
            }
            page.context().close();
        } catch (Exception e) {
            System.err.println("the benchmark failed: " + e);
            e.printStackTrace();
            status = 1;
        }
        if (status == 0) {
            List<Double> sorted = new ArrayList<>(measured);
            sorted.sort(null);
            stdout.printf("BENCH console calls=%d accept_to_frame_p50_ms=%.0f accept_to_frame_p95_ms=%.0f accept_to_frame_max_ms=%.0f%n",
                    sorted.size(), percentile(sorted, 50), percentile(sorted, 95), sorted.get(sorted.size() - 1));
            stdout.flush();
        }
        System.exit(status);
    }

    private static void endWithOutcome(Page page, int call) {
        page.waitForFunction("window.__console.phase() === 'active'");
        page.fill("#case-number", "BENCH-" + (call + 1));
        page.keyboard().press("Alt+KeyE");
        page.waitForSelector("#outcome-dialog[open]");
        page.check("input[value=COMPLETED]");
        page.click("#outcome-submit");
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(List<Double> sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
