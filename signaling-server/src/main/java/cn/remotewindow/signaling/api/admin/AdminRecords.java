package cn.remotewindow.signaling.api.admin;

import cn.remotewindow.signaling.api.sessions.SessionView;
import cn.remotewindow.signaling.api.verifications.VerificationView;
import cn.remotewindow.signaling.record.EvidenceCipher;
import cn.remotewindow.signaling.record.SessionRecord;
import cn.remotewindow.signaling.record.SessionRecords;
import cn.remotewindow.signaling.record.audit.AuditLog;
import cn.remotewindow.signaling.record.search.Page;
import cn.remotewindow.signaling.record.search.PageRequest;
import cn.remotewindow.signaling.record.search.ServiceFigures;
import cn.remotewindow.signaling.record.search.ServiceStatistics;
import cn.remotewindow.signaling.record.search.SessionFilter;
import cn.remotewindow.signaling.record.search.SessionRow;
import cn.remotewindow.signaling.record.search.SessionSearch;
import cn.remotewindow.signaling.record.search.VerificationFilter;
import cn.remotewindow.signaling.record.search.VerificationRow;
import cn.remotewindow.signaling.record.search.VerificationSearch;
import cn.remotewindow.signaling.record.store.DatabaseAuditLog;
import cn.remotewindow.signaling.record.verification.StoredFrame;
import cn.remotewindow.signaling.record.verification.StoredImage;
import cn.remotewindow.signaling.record.verification.VerificationEvent;
import cn.remotewindow.signaling.record.verification.VerificationRecord;
import cn.remotewindow.signaling.record.verification.VerificationRecords;
import java.io.IOException;
import java.io.Writer;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.http.HttpStatus;

/**
 * What an auditor (ADMIN) may read of the records, each read itself an audit entry: the lists, a
 * session's or a verification's details with its chain status, the evidence images, the exports,
 * the statistics, and — as an explicit act with a reason — an ID number in full. Admins change
 * nothing here. Blocking (database) calls: run off the HTTP event loop.
 */
public final class AdminRecords {

    private final SessionSearch sessionSearch;
    private final VerificationSearch verificationSearch;
    private final ServiceStatistics statistics;
    private final SessionRecords sessions;
    private final VerificationRecords verifications;
    private final DatabaseAuditLog chain;
    private final AuditLog audit;
    private final EvidenceCipher cipher;
    private final Clock clock;
    private final java.time.ZoneId zone;

    public AdminRecords(SessionSearch sessionSearch, VerificationSearch verificationSearch, ServiceStatistics statistics,
                        SessionRecords sessions, VerificationRecords verifications, DatabaseAuditLog chain,
                        EvidenceCipher cipher, Clock clock, java.time.ZoneId zone) {
        this.sessionSearch = sessionSearch;
        this.verificationSearch = verificationSearch;
        this.statistics = statistics;
        this.sessions = sessions;
        this.verifications = verifications;
        this.chain = chain;
        this.audit = chain;
        this.cipher = cipher;
        this.clock = clock;
        this.zone = zone;
    }

    private void logged(String admin, String action, String subject, String detail) {
        audit.append(clock.instant(), actor(admin), action, subject, detail);
    }

    static String actor(String admin) {
        return "ADMIN:" + admin;
    }

    public Page<SessionRow> sessions(String admin, SessionFilter filter, PageRequest page, String query) {
        Page<SessionRow> rows = sessionSearch.find(filter, page);
        logged(admin, "ADMIN_SESSIONS_LISTED", "sessions", query);
        return rows;
    }

    public AdminSessionDetail session(String admin, String sessionId) {
        SessionRecord record = sessions.find(sessionId).orElseThrow(AdminRefused::unknownSession);
        SessionView view = SessionView.of(record, sessions.eventsOf(sessionId));
        List<AdminSessionDetail.VerificationSummary> checks = verifications.ofSession(sessionId).stream()
                .map(v -> new AdminSessionDetail.VerificationSummary(v.id(), v.phase().name(),
                        v.decision().map(d -> d.judgement().verdict().name()).orElse(null),
                        v.review().map(r -> r.decision().name()).orElse(null),
                        v.review().map(r -> r.method().name()).orElse(null), v.opened().at()))
                .toList();
        RecordChainView seal = RecordChainView.of(chain.verifySubject(sessionId));
        logged(admin, "ADMIN_SESSION_VIEWED", sessionId, null);
        return new AdminSessionDetail(view, checks, seal);
    }

    /** Writes the selected sessions as CSV; returns how many. */
    public long exportSessions(String admin, SessionFilter filter, String query, boolean english, Writer out)
            throws IOException {
        long count = SessionCsv.write(english, zone, out, sink -> sessionSearch.each(filter, PageRequest.MAX_SIZE, sink));
        logged(admin, "ADMIN_SESSIONS_EXPORTED", "sessions", query + " rows=" + count);
        return count;
    }

    public Page<VerificationRow> verifications(String admin, VerificationFilter filter, int page, int size, String query) {
        Page<VerificationRow> rows = verificationSearch.find(filter, page, size);
        logged(admin, "ADMIN_VERIFICATIONS_LISTED", "verifications", query);
        return rows;
    }

    /** Writes the selected verifications as CSV (every page); returns how many. */
    public long exportVerifications(String admin, VerificationFilter filter, String query, boolean english, Writer out)
            throws IOException {
        long count = VerificationCsv.write(english, zone, out, sink -> {
            for (int page = 0; ; page++) {
                List<VerificationRow> rows = verificationSearch.find(filter, page, 500).items();
                rows.forEach(sink);
                if (rows.size() < 500) {
                    return;
                }
            }
        });
        logged(admin, "ADMIN_VERIFICATIONS_EXPORTED", "verifications", query + " rows=" + count);
        return count;
    }

    /** A view is recorded in the verification's own record (and so in the audit log). */
    public AdminVerificationDetail verification(String admin, String verificationId) {
        VerificationRecord record = verifications.find(verificationId).orElseThrow(AdminRefused::unknownVerification);
        RecordChainView seal = RecordChainView.of(chain.verifySubject(verificationId));
        verifications.append(new VerificationEvent.Viewed(verificationId, clock.instant(), actor(admin), "DETAILS"));
        return new AdminVerificationDetail(VerificationView.of(record, cipher), seal);
    }

    public Image cardPhoto(String admin, String verificationId) {
        StoredImage photo = evidence(verificationId).cardPhoto();
        return opened(admin, verificationId, photo, "CARD_PHOTO");
    }

    public Image frame(String admin, String verificationId, int index) {
        List<StoredFrame> frames = evidence(verificationId).frames();
        if (index < 0 || index >= frames.size()) {
            throw new AdminRefused(HttpStatus.NOT_FOUND, "FRAME_UNKNOWN",
                    "This verification has " + frames.size() + " frames, numbered from 0.");
        }
        return opened(admin, verificationId, frames.get(index).image(), "FRAME " + index);
    }

    /**
     * The ID number in full: an explicit act, with the reason the admin gives, recorded in the
     * verification's record and so in the audit log before the number is handed out.
     */
    public String revealIdNumber(String admin, String verificationId, String reason) {
        if (reason == null || reason.isBlank() || reason.strip().length() < 4) {
            throw new AdminRefused(HttpStatus.BAD_REQUEST, "REASON_REQUIRED",
                    "Say why the full ID number is needed (at least 4 characters); the reason is recorded.");
        }
        if (reason.length() > 500) {
            throw new AdminRefused(HttpStatus.BAD_REQUEST, "REASON_TOO_LONG", "Keep the reason under 500 characters.");
        }
        VerificationEvent.EvidenceReceived evidence = evidence(verificationId);
        verifications.append(new VerificationEvent.Viewed(verificationId, clock.instant(), actor(admin),
                "ID_NUMBER: " + reason.strip()));
        return cipher.openText(evidence.card().idNumber());
    }

    public ServiceFigures statistics(String admin, SessionFilter filter, String query) {
        ServiceFigures figures = statistics.figures(filter);
        logged(admin, "ADMIN_STATISTICS_VIEWED", "sessions", query);
        return figures;
    }

    private VerificationEvent.EvidenceReceived evidence(String verificationId) {
        return verifications.find(verificationId).orElseThrow(AdminRefused::unknownVerification).evidence()
                .orElseThrow(() -> new AdminRefused(HttpStatus.NOT_FOUND, "NO_EVIDENCE",
                        "No evidence arrived for this verification."));
    }

    private Image opened(String admin, String verificationId, StoredImage image, String what) {
        if (image.data() == null) {
            throw new AdminRefused(HttpStatus.GONE, "EVIDENCE_PURGED", "This image was deleted at the end of its"
                    + " retention period; its SHA-256 " + image.sha256() + " stays on record.");
        }
        verifications.append(new VerificationEvent.Viewed(verificationId, clock.instant(), actor(admin), what));
        return new Image(cipher.open(image.data()), image.contentType());
    }

    /** An evidence image, decrypted for one answer. */
    public record Image(byte[] bytes, String contentType) {
    }

    /** Hands each row to the sink. */
    interface Rows<T> {
        void each(Consumer<T> sink);
    }
}
