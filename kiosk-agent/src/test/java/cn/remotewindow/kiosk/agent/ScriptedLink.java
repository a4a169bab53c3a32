package cn.remotewindow.kiosk.agent;

import cn.remotewindow.kiosk.config.KioskConfig;
import cn.remotewindow.kiosk.identity.EvidenceOutcome;
import cn.remotewindow.kiosk.identity.EvidenceUpload;
import cn.remotewindow.kiosk.link.AccessToken;
import cn.remotewindow.kiosk.link.ServerApi;
import cn.remotewindow.protocol.Envelope;
import cn.remotewindow.protocol.message.Message;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The link as the flow sees it: records what is sent, up or down at will; evidence goes over real
 * HTTP (ServerApi) to a test endpoint when one is set, with a fixed access token.
 */
final class ScriptedLink implements KioskAgent.Link {

    static final String TOKEN = "kiosk-access-token";

    final List<Envelope> sent = new CopyOnWriteArrayList<>();
    volatile boolean up = true;
    private volatile ServerApi http;

    /** Evidence goes to this server from now on. */
    void evidenceTo(URI server) {
        http = new ServerApi(server, new KioskConfig.Device("kiosk-hongqi-01", "secret"));
    }

    @Override
    public boolean send(String sessionId, Message message) {
        if (up) {
            sent.add(new Envelope(null, sessionId, message));
        }
        return up;
    }

    @Override
    public boolean isUp() {
        return up;
    }

    @Override
    public EvidenceOutcome submitEvidence(String uploadPath, EvidenceUpload upload, Duration timeout)
            throws InterruptedException {
        ServerApi api = http;
        if (api == null) {
            return EvidenceOutcome.UNREACHABLE;
        }
        return api.submitEvidence(new AccessToken(TOKEN, Instant.now().plusSeconds(3600), "红旗区 1号", "红旗区"),
                uploadPath, upload, timeout);
    }

    <T extends Message> List<T> sentOf(Class<T> type) {
        return sent.stream().map(Envelope::body).filter(type::isInstance).map(type::cast).toList();
    }
}
