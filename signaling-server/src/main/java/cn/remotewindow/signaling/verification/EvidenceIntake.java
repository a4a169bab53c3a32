package cn.remotewindow.signaling.verification;

import cn.remotewindow.identity.ModelFile;
import cn.remotewindow.protocol.identity.CardProblem;
import cn.remotewindow.protocol.identity.IdCardFacts;
import cn.remotewindow.protocol.identity.IdNumber;
import cn.remotewindow.protocol.message.CitizenResult;
import cn.remotewindow.protocol.message.KioskVerifyProblem;
import cn.remotewindow.protocol.message.VerifyPhase;
import cn.remotewindow.protocol.message.VerifyState;
import cn.remotewindow.signaling.delivery.Delivery;
import cn.remotewindow.signaling.record.EvidenceCipher;
import cn.remotewindow.signaling.record.verification.CardOnRecord;
import cn.remotewindow.signaling.record.verification.StoredFrame;
import cn.remotewindow.signaling.record.verification.StoredImage;
import cn.remotewindow.signaling.record.verification.VerificationEvent;
import cn.remotewindow.signaling.record.verification.VerificationRecord;
import cn.remotewindow.signaling.record.verification.VerificationRecords;
import cn.remotewindow.signaling.session.Owners;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The kiosk's evidence over HTTP: checked (shape, images, owner, nonce, deadline, card) before
 * anything is recorded, then sealed and recorded, then judged on the judge's own threads; the
 * decision goes back to the session's owner thread ({@link IdentityDesk#decided}). A refused
 * upload never leaves a decision behind.
 */
public final class EvidenceIntake {

    private static final Logger log = LoggerFactory.getLogger(EvidenceIntake.class);

    private final LiveVerifications live;
    private final VerificationRecords records;
    private final IdentityDesk desk;
    private final MachineJudge judge;
    private final ExecutorService judgeThreads;
    private final EvidenceCipher cipher;
    private final VerificationNews news;
    private final Owners owners;
    private final Clock clock;
    private final JsonMapper json;
    private final int maxFrames;
    private final ZoneId zone;

    public EvidenceIntake(LiveVerifications live, VerificationRecords records, IdentityDesk desk, MachineJudge judge,
                          ExecutorService judgeThreads, EvidenceCipher cipher, Delivery delivery, Owners owners,
                          Clock clock, JsonMapper json, int maxFrames, ZoneId zone) {
        this.live = live;
        this.records = records;
        this.desk = desk;
        this.judge = judge;
        this.judgeThreads = judgeThreads;
        this.cipher = cipher;
        this.news = new VerificationNews(delivery);
        this.owners = owners;
        this.clock = clock;
        this.json = json;
        this.maxFrames = maxFrames;
        this.zone = zone;
    }

    /** Stops judging; evidence still queued is dropped (its verification ends with the server). */
    public void close() {
        judgeThreads.shutdownNow();
    }

    public static String uploadPath(String verificationId) {
        return "/api/verifications/" + verificationId + "/evidence";
    }

    /** @param body the request body, already bounded in size by the caller */
    public Mono<EvidenceAccepted> submit(String kioskId, String verificationId, byte[] body) {
        return Mono.fromCallable(() -> decoded(body))
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(evidence -> {
                    String sessionId = live.sessionOf(verificationId).orElse(null);
                    if (sessionId == null) {
                        return Mono.error(whyNotOpen(kioskId, verificationId));
                    }
                    return Mono.<EvidenceAccepted>create(sink -> owners.ofSession(sessionId).execute(() -> {
                        try {
                            sink.success(accept(kioskId, sessionId, verificationId, evidence));
                        } catch (RuntimeException e) {
                            sink.error(e);
                        }
                    }));
                });
    }

    /** The upload, parsed, base64-decoded and with every image checked; nothing recorded yet. */
    private record Evidence(String nonce, IdCardFacts card, byte[] cardPhoto, String cardPhotoType,
                            List<EvidenceFrame> frames, List<String> frameTypes) {
    }

    private Evidence decoded(byte[] body) {
        EvidenceUpload upload;
        try {
            upload = json.readValue(body, EvidenceUpload.class);
        } catch (JacksonException e) {
            throw VerificationRefused.malformed("The evidence is not JSON of the documented shape.");
        }
        if (upload == null || upload.nonce() == null || upload.card() == null || upload.cardPhoto() == null
                || upload.frames() == null) {
            throw VerificationRefused.malformed("'nonce', 'card', 'cardPhoto' and 'frames' are required.");
        }
        if (upload.frames().isEmpty() || upload.frames().size() > maxFrames) {
            throw VerificationRefused.malformed("'frames' must hold 1 to " + maxFrames + " frames.");
        }
        byte[] cardPhoto = base64(upload.cardPhoto(), "cardPhoto");
        String cardPhotoType = checked(cardPhoto, "cardPhoto");
        List<EvidenceFrame> frames = new ArrayList<>();
        List<String> types = new ArrayList<>();
        for (int i = 0; i < upload.frames().size(); i++) {
            EvidenceUpload.Frame frame = upload.frames().get(i);
            if (frame == null || frame.capturedAt() == null || frame.image() == null) {
                throw VerificationRefused.malformed("frames[" + i + "] needs 'capturedAt' and 'image'.");
            }
            byte[] image = base64(frame.image(), "frames[" + i + "]");
            types.add(checked(image, "frames[" + i + "]"));
            frames.add(new EvidenceFrame(image, frame.capturedAt()));
        }
        return new Evidence(upload.nonce(), upload.card(), cardPhoto, cardPhotoType, frames, types);
    }

    private String checked(byte[] image, String which) {
        try {
            return judge.checkImage(image);
        } catch (ImageRefusedException e) {
            throw VerificationRefused.image(which, e);
        }
    }

    private static byte[] base64(String text, String which) {
        try {
            return Base64.getMimeDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw VerificationRefused.malformed(which + " is not base64.");
        }
    }

    private VerificationRefused whyNotOpen(String kioskId, String verificationId) {
        VerificationRecord record = records.find(verificationId).orElse(null);
        if (record == null) {
            return VerificationRefused.unknown();
        }
        return record.opened().kioskId().equals(kioskId) ? VerificationRefused.closed() : VerificationRefused.notYours();
    }

    /** On the session's owner thread: the checks that depend on the verification's state, then the record. */
    private EvidenceAccepted accept(String kioskId, String sessionId, String verificationId, Evidence evidence) {
        LiveVerification current = live.find(sessionId, verificationId).orElse(null);
        if (current == null) {
            throw whyNotOpen(kioskId, verificationId);
        }
        if (!current.kioskId().equals(kioskId)) {
            throw VerificationRefused.notYours();
        }
        if (current.phase() == VerifyPhase.EXPIRED) {
            throw VerificationRefused.expired();
        }
        if (current.phase() != VerifyPhase.CAPTURING || current.judging()) {
            throw VerificationRefused.closed();
        }
        if (!MessageDigest.isEqual(bytes(current.challenge().nonce()), bytes(evidence.nonce()))) {
            throw VerificationRefused.nonceMismatch();
        }
        Instant now = clock.instant();
        if (now.isAfter(current.challenge().deadline())) {
            throw VerificationRefused.expired();
        }
        List<CardProblem> problems = evidence.card().problems(LocalDate.ofInstant(now, zone));
        if (!problems.isEmpty()) {
            KioskVerifyProblem problem = problems.contains(CardProblem.EXPIRED)
                    ? KioskVerifyProblem.CARD_EXPIRED : KioskVerifyProblem.CARD_INVALID;
            List<String> codes = problems.stream().map(Enum::name).toList();
            records.append(new VerificationEvent.KioskProblemReported(verificationId, now, problem,
                    "card refused by the server: " + String.join(",", codes)));
            LiveVerification failed = current.in(VerifyPhase.KIOSK_PROBLEM);
            live.put(failed);
            news.toExpert(failed, new VerifyState(verificationId, VerifyPhase.KIOSK_PROBLEM,
                    null, null, null, problem, null, null));
            throw VerificationRefused.card(codes);
        }
        JudgeRequest request = new JudgeRequest(current.challenge(), evidence.cardPhoto(), evidence.frames(), now);
        try {
            judgeThreads.execute(() -> judgeAndReport(sessionId, verificationId, request));
        } catch (RejectedExecutionException e) {
            throw VerificationRefused.busy();
        }
        records.append(new VerificationEvent.EvidenceReceived(verificationId, now, card(evidence.card()),
                stored(evidence.cardPhoto(), evidence.cardPhotoType()), frames(evidence)));
        LiveVerification judging = current.startJudging();
        live.put(judging);
        news.toKiosk(judging, CitizenResult.CHECKING, List.of());
        return new EvidenceAccepted(verificationId, CitizenResult.CHECKING);
    }

    private void judgeAndReport(String sessionId, String verificationId, JudgeRequest request) {
        var judgement = MachineJudgements.safely(judge, request, log);
        owners.ofSession(sessionId).execute(() -> desk.decided(sessionId, verificationId, judgement));
    }

    private CardOnRecord card(IdCardFacts card) {
        IdNumber number = IdNumber.parse(card.idNumber());
        return CardOnRecord.sealing(card.name(), card.sex(), card.birthDate(), number.masked(),
                cipher.seal(number.value()), card.validFrom(), card.validUntil(), cipher);
    }

    private List<StoredFrame> frames(Evidence evidence) {
        List<StoredFrame> frames = new ArrayList<>();
        for (int i = 0; i < evidence.frames().size(); i++) {
            EvidenceFrame frame = evidence.frames().get(i);
            frames.add(new StoredFrame(i, frame.capturedAt(), stored(frame.image(), evidence.frameTypes().get(i))));
        }
        return frames;
    }

    private StoredImage stored(byte[] image, String contentType) {
        return new StoredImage(ModelFile.sha256Hex(image), contentType, image.length, cipher.seal(image));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
