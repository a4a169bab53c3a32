package cn.remotewindow.signaling.casefile;

import cn.remotewindow.catalogue.Material;
import cn.remotewindow.catalogue.ServiceItem;
import cn.remotewindow.protocol.ErrorCode;
import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.message.ClosingRequest;
import cn.remotewindow.protocol.message.DocumentCapture;
import cn.remotewindow.protocol.message.DocumentDecision;
import cn.remotewindow.protocol.message.DocumentPhase;
import cn.remotewindow.protocol.message.DocumentProblem;
import cn.remotewindow.protocol.message.DocumentRequest;
import cn.remotewindow.protocol.message.DocumentReview;
import cn.remotewindow.protocol.message.MaterialStatus;
import cn.remotewindow.protocol.message.MaterialsMark;
import cn.remotewindow.protocol.message.MaterialsState;
import cn.remotewindow.signaling.catalogue.RunningCatalogue;
import cn.remotewindow.signaling.inbound.Inbound;
import cn.remotewindow.signaling.record.CaseFileEntry;
import cn.remotewindow.signaling.record.SessionEvent;
import cn.remotewindow.signaling.record.SessionOutcome;
import cn.remotewindow.signaling.session.Journal;
import cn.remotewindow.signaling.session.Session;
import cn.remotewindow.signaling.session.SessionRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/**
 * The case file over the WebSocket (protocol 5.49-5.59): the lead marks the checklist, asks for
 * documents and reviews them, and asks the citizen to confirm; the kiosk reports what it cannot
 * deliver. Runs on the session's owner thread, which owns the session's case file; pictures and
 * the signature arrive over HTTP ({@link DocumentIntake}, {@link SignatureIntake}).
 */
public final class CaseDesk {

    private final CaseFiles files;
    private final RunningCatalogue catalogue;
    private final Journal journal;
    private final CaseNews news;
    private final ClosingSummaries summaries;
    private final Clock clock;
    private final ZoneId zone;
    private final long maxDocumentBytes;

    public CaseDesk(CaseFiles files, RunningCatalogue catalogue, Journal journal, CaseNews news,
                    ClosingSummaries summaries, Clock clock, ZoneId zone, long maxDocumentBytes) {
        this.files = files;
        this.catalogue = catalogue;
        this.journal = journal;
        this.news = news;
        this.summaries = summaries;
        this.clock = clock;
        this.zone = zone;
        this.maxDocumentBytes = maxDocumentBytes;
    }

    public void mark(Inbound<MaterialsMark> in, Session session) {
        if (!leadInCall(in, session)) {
            return;
        }
        MaterialsMark mark = in.message();
        Material material = material(in, session, mark.materialCode());
        if (material == null) {
            return;
        }
        if (mark.status() == MaterialStatus.PROMISED) {
            if (!material.deferrable()) {
                in.fail(ErrorCode.INVALID_FIELD, "'" + material.name().zh() + "' cannot be deferred (容缺) under the"
                        + " catalogue: it is needed to accept the case");
                return;
            }
            LocalDate today = LocalDate.now(clock.withZone(zone));
            if (LocalDate.parse(mark.promisedDate()).isBefore(today)) {
                // Name the service's "today": a client in another time zone can tell why.
                in.fail(ErrorCode.INVALID_FIELD, "'promisedDate' " + mark.promisedDate() + " is in the past (today is "
                        + today + " in " + zone.getId() + "): give the date the citizen promises");
                return;
            }
        }
        CaseFile file = file(session);
        CaseFile next = file.withMark(material.code(), file.mark(material.code()).marked(mark.status(),
                mark.promisedDate(), mark.note()));
        files.put(next);
        journal.caseFile(session.id(), session.request(), SessionEvent.Kind.MATERIAL_MARKED, in.from().id(),
                CaseFileEntry.marked(material.code(), mark.status(), mark.promisedDate(), mark.note()));
        MaterialsState state = Checklist.of(item(session.request()), next);
        in.reply(state);
        news.toKiosk(session.request().kioskId(), session.id(), state);
    }

    public void requestDocument(Inbound<DocumentRequest> in, Session session) {
        if (!leadInCall(in, session)) {
            return;
        }
        Material material = material(in, session, in.message().materialCode());
        if (material == null) {
            return;
        }
        CaseFile file = file(session);
        LiveDocument open = file.openDocument().orElse(null);
        if (open != null) {
            if (open.storing()) {
                in.fail(ErrorCode.INVALID_STATE, "a picture of the open request is being stored: review it first");
                return;
            }
            LiveDocument cancelled = open.in(DocumentPhase.CANCELLED);
            file = file.withDocument(cancelled);
            news.document(cancelled, true);
        }
        LiveDocument requested = LiveDocument.requested("d-" + UUID.randomUUID(), session.id(),
                session.request().kioskId(), in.from().id(), material.code());
        files.put(file.withDocument(requested));
        journal.caseFile(session.id(), session.request(), SessionEvent.Kind.DOCUMENT_REQUESTED, in.from().id(),
                CaseFileEntry.requested(requested.id(), material.code(), in.message().note()));
        in.reply(CaseNews.state(requested, true));
        news.toKiosk(requested.kioskId(), session.id(), new DocumentCapture(requested.id(), material.code(),
                material.name().zh(), material.name().en(), in.message().note(), session.call().expertName(),
                CasePaths.image(session.id(), requested.id()), maxDocumentBytes));
    }

    public void problem(Inbound<DocumentProblem> in, Session session) {
        CaseFile file = files.find(session.id()).orElse(null);
        LiveDocument document = file == null ? null : file.document(in.message().documentId())
                .filter(d -> in.from().role() == Role.KIOSK && d.kioskId().equals(in.from().id()))
                .orElse(null);
        if (document == null) {
            in.fail(ErrorCode.NOT_IN_SESSION, "no such document request for this kiosk");
            return;
        }
        if (document.phase().isFinal() || document.storing()) {
            in.fail(ErrorCode.INVALID_STATE, "the document request is over (" + document.phase() + ")");
            return;
        }
        LiveDocument failed = document.failed(in.message().problem(), in.message().detail());
        files.put(file.withDocument(failed));
        journal.caseFile(session.id(), session.request(), SessionEvent.Kind.DOCUMENT_PROBLEM, document.expertId(),
                CaseFileEntry.problem(document.id(), document.materialCode(), in.message().problem(),
                        in.message().detail()));
        news.document(failed, false);
    }

    public void review(Inbound<DocumentReview> in, Session session) {
        if (!leadInCall(in, session)) {
            return;
        }
        DocumentReview review = in.message();
        CaseFile file = file(session);
        LiveDocument document = file.document(review.documentId()).orElse(null);
        if (document == null) {
            in.fail(ErrorCode.NOT_IN_SESSION, "no such document in this session");
            return;
        }
        if (document.phase() != DocumentPhase.UPLOADED || document.storing()) {
            in.fail(ErrorCode.INVALID_STATE, "there is no picture to review: the document is " + document.phase());
            return;
        }
        journal.caseFile(session.id(), session.request(), SessionEvent.Kind.DOCUMENT_REVIEWED, in.from().id(),
                CaseFileEntry.reviewed(document.id(), document.materialCode(), document.attempt(),
                        document.latest().sha256(), review.decision(), review.reason(), review.detail()));
        if (review.decision() == DocumentDecision.REJECT) {
            LiveDocument rejected = document.rejected(review.reason(), review.detail());
            files.put(file.withDocument(rejected));
            in.reply(CaseNews.state(rejected, true));
            news.toKiosk(rejected.kioskId(), session.id(), CaseNews.state(rejected, false));
            return;
        }
        LiveDocument accepted = document.in(DocumentPhase.ACCEPTED);
        Mark received = file.mark(document.materialCode()).withDocument(document.id());
        CaseFile next = file.withDocument(accepted).withMark(document.materialCode(), received);
        files.put(next);
        journal.caseFile(session.id(), session.request(), SessionEvent.Kind.MATERIAL_MARKED, in.from().id(),
                CaseFileEntry.marked(document.materialCode(), MaterialStatus.RECEIVED, null,
                        "document " + document.id() + " accepted"));
        in.reply(CaseNews.state(accepted, true));
        news.toKiosk(accepted.kioskId(), session.id(), CaseNews.state(accepted, false));
        MaterialsState state = Checklist.of(item(session.request()), next);
        news.toExpert(in.from().id(), session.id(), state);
        news.toKiosk(accepted.kioskId(), session.id(), state);
    }

    public void close(Inbound<ClosingRequest> in, Session session) {
        if (!leadInCall(in, session)) {
            return;
        }
        CaseFile file = file(session);
        if (file.closing() != null && file.closing().signing()) {
            in.fail(ErrorCode.INVALID_STATE, "the citizen's signature is being stored");
            return;
        }
        if (file.closing() != null && file.closing().phase() == cn.remotewindow.protocol.message.ClosingPhase.SIGNED) {
            in.fail(ErrorCode.INVALID_STATE, "the citizen has signed this case already; the receipt is ready");
            return;
        }
        String closingId = "c-" + UUID.randomUUID();
        ClosingSummaries.Closing made;
        try {
            made = summaries.make(closingId, file, session.request(), session.call().expertName(),
                    catalogue.catalogue(), clock.instant().atZone(zone));
        } catch (ClosingSummaries.NotReady e) {
            in.fail(ErrorCode.INVALID_STATE, e.getMessage());
            return;
        }
        if (file.closing() != null) {
            LiveClosing old = file.closing().cancelled();
            news.closing(old, true);
        }
        LiveClosing shown = LiveClosing.shown(closingId, session.id(), session.request().kioskId(), in.from().id(),
                made.summary(), made.draft());
        files.put(file.withClosing(shown));
        journal.caseFile(session.id(), session.request(), SessionEvent.Kind.CLOSING_SHOWN, in.from().id(),
                CaseFileEntry.shown(closingId));
        in.reply(CaseNews.state(shown));
        news.toKiosk(shown.kioskId(), session.id(), made.summary());
    }

    /** An outcome was committed for the open session (on its owner thread): the summary tells it. */
    public void outcomeRecorded(String sessionId, SessionRequest request, SessionOutcome outcome) {
        files.put(files.open(sessionId, request.itemCode(), request.kioskId()).withOutcome(outcome));
    }

    /** The session ended: its case file is forgotten here (the records have it). On the owner thread. */
    public void sessionEnded(String sessionId) {
        files.remove(sessionId);
    }

    /** The lead's checklist as it stands; empty for an item not in the catalogue. */
    public MaterialsState checklist(CaseFile file) {
        ServiceItem item = file.itemCode() == null ? null : catalogue.catalogue().service(file.itemCode()).orElse(null);
        return Checklist.of(item, file);
    }

    private CaseFile file(Session session) {
        return files.open(session.id(), session.request().itemCode(), session.request().kioskId());
    }

    private ServiceItem item(SessionRequest request) {
        return request.itemCode() == null ? null : catalogue.catalogue().service(request.itemCode()).orElse(null);
    }

    private Material material(Inbound<?> in, Session session, String code) {
        ServiceItem item = item(session.request());
        if (item == null) {
            in.fail(ErrorCode.INVALID_FIELD, "the session's item (" + session.request().itemCode()
                    + ") is not in the catalogue: it has no materials list");
            return null;
        }
        Material material = item.material(code).orElse(null);
        if (material == null) {
            in.fail(ErrorCode.INVALID_FIELD, "'" + code + "' is not on the materials list of " + item.code());
        }
        return material;
    }

    private static boolean leadInCall(Inbound<?> in, Session session) {
        boolean lead = in.from().role() == Role.EXPERT && session.call() != null
                && in.from().id().equals(session.call().expertId());
        if (!lead) {
            in.fail(ErrorCode.NOT_IN_SESSION, "only the expert leading this call works on its case file");
            return false;
        }
        if (!session.inCall()) {
            in.fail(ErrorCode.INVALID_STATE, "the case file is worked on during the call");
            return false;
        }
        return true;
    }
}
