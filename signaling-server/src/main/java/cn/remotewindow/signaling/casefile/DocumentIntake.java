package cn.remotewindow.signaling.casefile;

import cn.remotewindow.protocol.message.DocumentPhase;
import cn.remotewindow.signaling.record.CaseFileEntry;
import cn.remotewindow.signaling.record.CasePictures;
import cn.remotewindow.signaling.record.EvidenceCipher;
import cn.remotewindow.signaling.record.PictureKind;
import cn.remotewindow.signaling.record.SessionEvent;
import cn.remotewindow.signaling.record.StoredPicture;
import cn.remotewindow.signaling.session.Journal;
import cn.remotewindow.signaling.session.Owners;
import cn.remotewindow.signaling.session.Session;
import cn.remotewindow.signaling.session.SessionStore;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * A document picture from the kiosk over HTTP: checked (content, size) before anything else, then
 * claimed on the session's owner thread (the kiosk's own open request, waiting for a picture),
 * sealed and stored with its audit entry, recorded as an event, and only then acknowledged and
 * shown to the lead. A picture that is not acknowledged left nothing behind that counts.
 */
public final class DocumentIntake {

    private static final Logger log = LoggerFactory.getLogger(DocumentIntake.class);

    private final CaseFiles files;
    private final SessionStore sessions;
    private final CasePictures pictures;
    private final EvidenceCipher cipher;
    private final Journal journal;
    private final CaseNews news;
    private final Owners owners;
    private final Clock clock;
    private final PictureCheck.Limits limits;

    public DocumentIntake(CaseFiles files, SessionStore sessions, CasePictures pictures, EvidenceCipher cipher,
                          Journal journal, CaseNews news, Owners owners, Clock clock, PictureCheck.Limits limits) {
        this.files = files;
        this.sessions = sessions;
        this.pictures = pictures;
        this.cipher = cipher;
        this.journal = journal;
        this.news = news;
        this.owners = owners;
        this.clock = clock;
        this.limits = limits;
    }

    /** The claimed request, its session and the picture to store; or the answer already given for it. */
    private record Claim(LiveDocument document, Session session, Picture picture, UploadAccepted already) {
    }

    /** @param body already bounded in size by the caller */
    public Mono<UploadAccepted> submit(String kioskId, String sessionId, String documentId, String declaredType,
                                       byte[] body) {
        return Mono.fromCallable(() -> PictureCheck.check(body, declaredType, limits))
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(picture -> OnSessionThread.call(owners, sessionId,
                        () -> claim(kioskId, sessionId, documentId, picture)))
                .flatMap(claim -> claim.already() != null ? Mono.just(claim.already())
                        : Mono.fromFuture(() -> store(claim, body))
                        .onErrorMap(e -> !(e instanceof CaseFileRefused), e -> {
                            log.error("document {} of session {}: the picture was not stored", documentId, sessionId, e);
                            owners.ofSession(sessionId).execute(() -> release(claim));
                            return CaseFileRefused.notStored();
                        })
                        .then(OnSessionThread.call(owners, sessionId, () -> uploaded(claim))));
    }


    private Claim claim(String kioskId, String sessionId, String documentId, Picture picture) {
        CaseFile file = files.find(sessionId).orElseThrow(CaseFileRefused::documentUnknown);
        LiveDocument document = file.document(documentId).orElseThrow(CaseFileRefused::documentUnknown);
        Session session = sessions.get(sessionId).orElseThrow(CaseFileRefused::documentUnknown);
        if (!document.kioskId().equals(kioskId)) {
            throw CaseFileRefused.notYourDocument();
        }
        if (document.storing()) {
            throw CaseFileRefused.busy();
        }
        Picture latest = document.latest();
        if (!document.phase().takesUpload() && latest != null && latest.sha256().equals(picture.sha256())
                && document.phase() != DocumentPhase.CANCELLED) {
            // The same picture again (a retry after a lost answer): the answer it got, nothing stored twice.
            return new Claim(document, session, picture, new UploadAccepted(document.id(), document.phase(),
                    document.attempt(), latest.sha256(), latest.bytes(), latest.width(), latest.height()));
        }
        if (!document.phase().takesUpload()) {
            throw CaseFileRefused.documentClosed(document.phase().name());
        }
        files.put(file.withDocument(document.startStoring()));
        return new Claim(document, session, picture, null);
    }

    private CompletableFuture<java.time.Instant> store(Claim claim, byte[] body) {
        LiveDocument d = claim.document();
        Picture p = claim.picture();
        int attempt = d.attempt() + 1;
        String caseNumber = caseNumber(claim.session(), files.find(d.sessionId()).orElse(null));
        StoredPicture stored = new StoredPicture(d.id(), attempt, d.sessionId(), caseNumber, d.materialCode(),
                PictureKind.DOCUMENT, p.sha256(), p.contentType(), p.bytes(), p.width(), p.height(), cipher.seal(body),
                clock.instant(), "KIOSK:" + d.kioskId());
        return pictures.store(stored).thenCompose(done -> journal.caseFileConfirmed(d.sessionId(),
                claim.session().request(), SessionEvent.Kind.DOCUMENT_UPLOADED, d.expertId(),
                CaseFileEntry.uploaded(d.id(), d.materialCode(), attempt, p.sha256(), p.bytes(), p.width(), p.height(),
                        p.contentType())));
    }

    static String caseNumber(Session session, CaseFile file) {
        if (file != null && file.outcome() != null && file.outcome().caseNumber() != null) {
            return file.outcome().caseNumber();
        }
        return session.request().caseNumber();
    }

    private UploadAccepted uploaded(Claim claim) {
        LiveDocument d = claim.document();
        CaseFile file = files.find(d.sessionId()).orElse(null);
        LiveDocument current = file == null ? null : file.document(d.id()).orElse(null);
        LiveDocument next = (current != null ? current : d).uploaded(claim.picture());
        if (file != null && current != null && current.storing()) {
            files.put(file.withDocument(next));
            news.document(next, true);
        }
        Picture p = claim.picture();
        return new UploadAccepted(d.id(), DocumentPhase.UPLOADED, next.attempt(), p.sha256(), p.bytes(), p.width(),
                p.height());
    }

    private void release(Claim claim) {
        files.find(claim.document().sessionId()).ifPresent(file -> file.document(claim.document().id())
                .filter(LiveDocument::storing)
                .ifPresent(current -> files.put(file.withDocument(current.stored()))));
    }
}
