package cn.remotewindow.signaling.accounts;

import cn.remotewindow.signaling.config.WindowProperties;
import cn.remotewindow.signaling.ws.SignalingServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/** Prints the demo accounts and where to reach the server, once, when both servers are listening. */
public final class DemoBanner implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(DemoBanner.class);

    private final WindowProperties.Signaling signaling;
    private final SignalingServer signalingServer;

    public DemoBanner(WindowProperties.Signaling signaling, SignalingServer signalingServer) {
        this.signaling = signaling;
        this.signalingServer = signalingServer;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        Environment environment = event.getApplicationContext().getEnvironment();
        String http = "http://localhost:" + environment.getProperty("local.server.port", "8080");
        String ws = signaling.publicUrl().isBlank()
                ? "ws://localhost:" + signalingServer.port() + signalingServer.path()
                : signaling.publicUrl();
        log.warn("Demo accounts are enabled: anyone can sign in with the passwords below. "
                + "Set window.demo.enabled=false outside a demo.");
        log.info(text(http, ws));
    }

    static String text(String http, String ws) {
        String rule = "=".repeat(78);
        StringBuilder out = new StringBuilder("\n").append(rule).append('\n')
                .append("  远程虚拟窗口 · 新乡市 demo\n")
                .append("  Expert console : ").append(http).append("/console/\n")
                .append("  Audit pages    : ").append(http).append("/console/audit.html\n")
                .append("  HTTP API       : ").append(http).append("/api  (docs/http-api.md)\n")
                .append("  WebSocket      : ").append(ws).append('\n')
                .append("  Experts (POST /api/auth/expert)   username / password / skills\n");
        for (DemoAccounts.DemoExpert e : DemoAccounts.EXPERTS) {
            out.append(String.format("    %-10s %-16s %s %s  %s%n", e.username(), e.password(), e.displayName(),
                    e.department(), String.join(",", e.skills())));
        }
        out.append("  Auditors (POST /api/auth/admin)   username / password\n");
        for (DemoAccounts.DemoAdmin a : DemoAccounts.ADMINS) {
            out.append(String.format("    %-10s %-16s %s %s%n", a.username(), a.password(), a.displayName(), a.office()));
        }
        out.append("  Kiosks (POST /api/auth/kiosk)     kioskId / secret\n");
        for (DemoAccounts.DemoKiosk k : DemoAccounts.KIOSKS) {
            out.append(String.format("    %-18s %-24s %s · %s%n", k.id(), k.secret(), k.district(), k.name()));
        }
        return out.append(rule).toString();
    }
}
