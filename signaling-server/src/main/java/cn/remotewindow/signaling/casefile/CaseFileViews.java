package cn.remotewindow.signaling.casefile;

import cn.remotewindow.signaling.receipt.ReceiptContent;
import cn.remotewindow.signaling.receipt.ReceiptLanguage;
import cn.remotewindow.signaling.receipt.ReceiptPdf;
import cn.remotewindow.signaling.record.CasePictures;
import cn.remotewindow.signaling.record.EvidenceCipher;
import cn.remotewindow.signaling.record.SessionEvent;
import cn.remotewindow.signaling.record.SessionRecord;
import cn.remotewindow.signaling.record.SessionRecords;
import cn.remotewindow.signaling.record.StoredPicture;
import cn.remotewindow.signaling.record.audit.AuditLog;
import cn.remotewindow.signaling.session.Session;
import cn.remotewindow.signaling.session.SessionStore;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * What may be read of a case file, by whom, each read of a picture or a receipt an audit entry:
 * the lead's view of the open case file, the pictures (the lead or an expert who served the
 * session; admins), and the receipt (the session's kiosk on the day it was signed, to print it;
 * the experts who served it; admins). Blocking: call it off the event loops.
 */
public final class CaseFileViews {

    /** Who reads: a kiosk, an expert or an admin, by id. */
    public record Reader(Kind kind, String id) {
        public enum Kind { KIOSK, EXPERT, ADMIN }

        String actor() {
            return kind + ":" + id;
        }
    }

    /** The answer of {@code GET .../case-file}. */
    public record View(String sessionId, String itemCode, List<cn.remotewindow.protocol.message.MaterialEntry> materials,
                       List<cn.remotewindow.protocol.message.DocumentState> documents,
                       cn.remotewindow.protocol.message.ClosingState closing) {
    }

    /** A picture, opened for one answer. */
    public record Image(String contentType, byte[] bytes) {
    }

    /** How long after signing the kiosk may fetch the receipt again (a jammed printer, a second copy). */
    static final Duration KIOSK_RECEIPT_WINDOW = Duration.ofHours(24);

    private final CaseFiles files;
    private final CaseDesk desk;
    private final SessionStore sessions;
    private final SessionRecords records;
    private final CasePictures pictures;
    private final EvidenceCipher cipher;
    private final ReceiptPdf pdf;
    private final AuditLog audit;
    private final Clock clock;
    private final ZoneId zone;

    public CaseFileViews(CaseFiles files, CaseDesk desk, SessionStore sessions, SessionRecords records,
                         CasePictures pictures, EvidenceCipher cipher, ReceiptPdf pdf, AuditLog audit, Clock clock,
                         ZoneId zone) {
        this.files = files;
        this.desk = desk;
        this.sessions = sessions;
        this.records = records;
        this.pictures = pictures;
        this.cipher = cipher;
        this.pdf = pdf;
        this.audit = audit;
        this.clock = clock;
        this.zone = zone;
    }

    /** The lead's case file of an open session in a call. */
    public View caseFile(String expertId, String sessionId) {
        Session session = sessions.get(sessionId)
                .filter(s -> s.call() != null && expertId.equals(s.call().expertId()))
                .orElseThrow(CaseFileRefused::sessionUnknown);
        CaseFile file = files.find(sessionId)
                .orElseGet(() -> CaseFile.empty(sessionId, session.request().itemCode(), session.request().kioskId()));
        return new View(sessionId, file.itemCode(), desk.checklist(file).materials(),
                file.documents().values().stream().map(d -> CaseNews.state(d, true)).toList(),
                file.closing() == null ? null : CaseNews.state(file.closing()));
    }

    /**
     * A document's picture: the given attempt, or the latest upload.
     *
     * @throws CaseFileRefused 404 for a session or document the reader may not see, or no picture yet
     */
    public Image documentImage(Reader reader, String sessionId, String documentId, Integer attempt) {
        if (reader.kind() == Reader.Kind.KIOSK || !mayRead(reader, sessionId)) {
            throw CaseFileRefused.documentUnknown();
        }
        int which = attempt != null ? attempt : latestAttempt(sessionId, documentId);
        StoredPicture picture = pictures.find(documentId, which)
                .filter(p -> p.sessionId().equals(sessionId))
                .orElseThrow(which == 0 ? CaseFileRefused::noImage : CaseFileRefused::documentUnknown);
        audit.append(clock.instant(), reader.actor(), "DOCUMENT_VIEWED", documentId,
                "{\"session\":\"" + sessionId + "\",\"attempt\":" + which + ",\"sha256\":\"" + picture.sha256() + "\"}");
        return new Image(picture.contentType(), cipher.open(picture.sealed()));
    }

    /** The receipt PDF of a signed session. */
    public byte[] receipt(Reader reader, String sessionId, ReceiptLanguage language) {
        List<SessionEvent> events = records.eventsOf(sessionId);
        SessionEvent signed = null;
        for (SessionEvent event : events) {
            if (event.kind() == SessionEvent.Kind.SIGNED && event.caseFile() != null) {
                signed = event;
            }
        }
        boolean allowed = switch (reader.kind()) {
            case ADMIN -> !events.isEmpty();
            case EXPERT -> mayRead(reader, sessionId);
            case KIOSK -> !events.isEmpty() && reader.id().equals(events.get(0).kioskId())
                    && (signed == null || signed.at().plus(KIOSK_RECEIPT_WINDOW).isAfter(clock.instant()));
        };
        if (!allowed) {
            throw CaseFileRefused.sessionUnknown();
        }
        if (signed == null) {
            throw CaseFileRefused.noReceipt();
        }
        if (!pdf.available()) {
            throw CaseFileRefused.receiptUnavailable("no CJK font (window.receipt.font)");
        }
        ReceiptContent content = ReceiptJson.read(signed.caseFile().receipt(), zone);
        byte[] rendered = pdf.render(content, language);
        audit.append(clock.instant(), reader.actor(), "RECEIPT_VIEWED", sessionId,
                "{\"closing\":\"" + signed.caseFile().closingId() + "\",\"fingerprint\":\""
                        + signed.caseFile().receiptFingerprint() + "\"}");
        return rendered;
    }

    /** Admins read every session; an expert the ones they lead now or served. */
    private boolean mayRead(Reader reader, String sessionId) {
        if (reader.kind() == Reader.Kind.ADMIN) {
            return true;
        }
        if (reader.kind() != Reader.Kind.EXPERT) {
            return false;
        }
        Optional<Session> live = sessions.get(sessionId);
        if (live.isPresent() && live.get().call() != null && reader.id().equals(live.get().call().expertId())) {
            return true;
        }
        return records.find(sessionId).map(SessionRecord::servedBy).map(by -> by.contains(reader.id())).orElse(false);
    }

    private int latestAttempt(String sessionId, String documentId) {
        Optional<LiveDocument> live = files.find(sessionId).flatMap(f -> f.document(documentId));
        if (live.isPresent()) {
            return live.get().attempt();
        }
        int latest = 0;
        for (SessionEvent event : records.eventsOf(sessionId)) {
            if (event.kind() == SessionEvent.Kind.DOCUMENT_UPLOADED && event.caseFile() != null
                    && documentId.equals(event.caseFile().documentId())) {
                latest = Math.max(latest, event.caseFile().attempt());
            }
        }
        return latest;
    }
}
