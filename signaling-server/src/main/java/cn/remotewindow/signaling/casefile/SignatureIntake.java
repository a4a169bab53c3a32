package cn.remotewindow.signaling.casefile;

import cn.remotewindow.protocol.message.ClosingPhase;
import cn.remotewindow.signaling.receipt.ReceiptContent;
import cn.remotewindow.signaling.receipt.ReceiptFingerprint;
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
import java.time.ZoneId;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The citizen's signature of the closing summary, from the kiosk over HTTP. Idempotent: the same
 * signature again is answered as the first was and records nothing; another one after signing is
 * refused, the first stands. Signing issues the receipt: its content and fingerprint are recorded
 * with the SIGNED event, the signature sealed with its audit entry.
 */
public final class SignatureIntake {

    private static final Logger log = LoggerFactory.getLogger(SignatureIntake.class);

    /** What the request did: signed now, or found it signed with this very signature. */
    public record Outcome(SignatureAccepted answer, boolean first) {
    }

    private final CaseFiles files;
    private final SessionStore sessions;
    private final CasePictures pictures;
    private final EvidenceCipher cipher;
    private final Journal journal;
    private final CaseNews news;
    private final Owners owners;
    private final Clock clock;
    private final ZoneId zone;
    private final PictureCheck.Limits limits;

    public SignatureIntake(CaseFiles files, SessionStore sessions, CasePictures pictures, EvidenceCipher cipher,
                           Journal journal, CaseNews news, Owners owners, Clock clock, ZoneId zone,
                           PictureCheck.Limits limits) {
        this.files = files;
        this.sessions = sessions;
        this.pictures = pictures;
        this.cipher = cipher;
        this.journal = journal;
        this.news = news;
        this.owners = owners;
        this.clock = clock;
        this.zone = zone;
        this.limits = limits;
    }

    private record Claim(LiveClosing closing, Session session, Picture picture, Outcome already) {
    }

    public Mono<Outcome> submit(String kioskId, String sessionId, String closingId, String declaredType, byte[] body) {
        return Mono.fromCallable(() -> PictureCheck.check(body, declaredType, limits))
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(picture -> OnSessionThread.call(owners, sessionId,
                        () -> claim(kioskId, sessionId, closingId, picture)))
                .flatMap(claim -> {
                    if (claim.already() != null) {
                        return Mono.just(claim.already());
                    }
                    ReceiptContent receipt = claim.closing().draft().issuedAt(clock.instant().atZone(zone));
                    return Mono.fromFuture(() -> store(claim, body, receipt))
                            .onErrorMap(e -> !(e instanceof CaseFileRefused), e -> {
                                log.error("closing {} of session {}: the signature was not stored", closingId,
                                        sessionId, e);
                                owners.ofSession(sessionId).execute(() -> release(claim));
                                return CaseFileRefused.notStored();
                            })
                            .then(OnSessionThread.call(owners, sessionId, () -> signed(claim)));
                });
    }


    private Claim claim(String kioskId, String sessionId, String closingId, Picture picture) {
        CaseFile file = files.find(sessionId).orElseThrow(CaseFileRefused::closingUnknown);
        LiveClosing closing = file.closing();
        if (closing == null || !closing.id().equals(closingId)) {
            throw CaseFileRefused.closingUnknown();
        }
        Session session = sessions.get(sessionId).orElseThrow(CaseFileRefused::closingUnknown);
        if (!closing.kioskId().equals(kioskId)) {
            throw CaseFileRefused.notYourClosing();
        }
        if (closing.phase() == ClosingPhase.SIGNED) {
            if (closing.signatureSha256().equals(picture.sha256())) {
                return new Claim(closing, session, picture, new Outcome(answer(closing, picture.sha256()), false));
            }
            throw CaseFileRefused.alreadySigned();
        }
        if (closing.phase() == ClosingPhase.CANCELLED) {
            throw CaseFileRefused.closingCancelled();
        }
        if (closing.signing()) {
            throw CaseFileRefused.busy();
        }
        files.put(file.withClosing(closing.startSigning()));
        return new Claim(closing, session, picture, null);
    }

    private CompletableFuture<java.time.Instant> store(Claim claim, byte[] body, ReceiptContent receipt) {
        LiveClosing c = claim.closing();
        Picture p = claim.picture();
        String caseNumber = DocumentIntake.caseNumber(claim.session(), files.find(c.sessionId()).orElse(null));
        StoredPicture stored = new StoredPicture(c.id(), 1, c.sessionId(), caseNumber, null, PictureKind.SIGNATURE,
                p.sha256(), p.contentType(), p.bytes(), p.width(), p.height(), cipher.seal(body), clock.instant(),
                "KIOSK:" + c.kioskId());
        String json = ReceiptJson.write(receipt);
        return pictures.store(stored).thenCompose(done -> journal.caseFileConfirmed(c.sessionId(),
                claim.session().request(), SessionEvent.Kind.SIGNED, c.expertId(),
                CaseFileEntry.signed(c.id(), p.sha256(), p.bytes(), p.width(), p.height(), json,
                        ReceiptFingerprint.of(receipt))));
    }

    private Outcome signed(Claim claim) {
        LiveClosing c = claim.closing();
        String sha = claim.picture().sha256();
        CaseFile file = files.find(c.sessionId()).orElse(null);
        if (file != null && file.closing() != null && file.closing().id().equals(c.id())) {
            LiveClosing signed = file.closing().signed(sha);
            files.put(file.withClosing(signed));
            news.closing(signed, true);
        }
        return new Outcome(answer(c, sha), true);
    }

    private static SignatureAccepted answer(LiveClosing closing, String sha) {
        return new SignatureAccepted(closing.id(), sha, CasePaths.receipt(closing.sessionId()));
    }

    private void release(Claim claim) {
        files.find(claim.closing().sessionId()).ifPresent(file -> {
            if (file.closing() != null && file.closing().id().equals(claim.closing().id()) && file.closing().signing()) {
                files.put(file.withClosing(file.closing().notSigned()));
            }
        });
    }
}
