package cn.remotewindow.signaling.verification;

import cn.remotewindow.protocol.Envelope;
import cn.remotewindow.protocol.ErrorCode;
import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.message.CitizenResult;
import cn.remotewindow.protocol.message.Consent;
import cn.remotewindow.protocol.message.ReviewDecision;
import cn.remotewindow.protocol.message.Verdict;
import cn.remotewindow.protocol.message.VerifyChallenge;
import cn.remotewindow.protocol.message.VerifyConsent;
import cn.remotewindow.protocol.message.VerifyMethod;
import cn.remotewindow.protocol.message.VerifyPhase;
import cn.remotewindow.protocol.message.VerifyProblem;
import cn.remotewindow.protocol.message.VerifyRequest;
import cn.remotewindow.protocol.message.VerifyReview;
import cn.remotewindow.protocol.message.VerifyStart;
import cn.remotewindow.protocol.message.VerifyState;
import cn.remotewindow.signaling.delivery.Delivery;
import cn.remotewindow.signaling.inbound.Inbound;
import cn.remotewindow.signaling.party.PartyId;
import cn.remotewindow.signaling.record.verification.MachineJudgement;
import cn.remotewindow.signaling.record.verification.VerificationEvent;
import cn.remotewindow.signaling.record.verification.VerificationRecords;
import cn.remotewindow.signaling.session.Owners;
import cn.remotewindow.signaling.session.Session;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * The signaling side of identity verification (protocol 5.40-5.48): the expert starts and
 * reviews, the kiosk consents or reports a problem. Runs on the session's owner thread, which
 * owns the session's open verification; the evidence arrives over HTTP ({@link EvidenceIntake}).
 */
public final class IdentityDesk {

    /** After the deadline, a little longer for an upload already under way. */
    private static final Duration EXPIRY_GRACE = Duration.ofSeconds(2);
    /**
     * How long after the deadline other nodes still send the evidence here: a late upload that
     * reaches another node is then refused by this one (CHALLENGE_EXPIRED), as it is on one node.
     */
    static final Duration HELD_AFTER_DEADLINE = Duration.ofMinutes(1);

    private final LiveVerifications live;
    private final VerificationRecords records;
    private final ChallengeIssuer challenges;
    private final VerificationPlaces places;
    private final VerificationNews news;
    private final Delivery delivery;
    private final Owners owners;
    private final Clock clock;
    private final int maxFrames;

    public IdentityDesk(LiveVerifications live, VerificationRecords records, ChallengeIssuer challenges,
                        VerificationPlaces places, Delivery delivery, Owners owners, Clock clock, int maxFrames) {
        this.live = live;
        this.records = records;
        this.challenges = challenges;
        this.places = places;
        this.news = new VerificationNews(delivery);
        this.delivery = delivery;
        this.owners = owners;
        this.clock = clock;
        this.maxFrames = maxFrames;
    }

    public void start(Inbound<VerifyStart> in, Session session) {
        if (!isLead(in, session)) {
            in.fail(ErrorCode.NOT_IN_SESSION, "only the expert leading this call can verify the citizen's identity");
            return;
        }
        if (!session.inCall()) {
            in.fail(ErrorCode.INVALID_STATE, "identity can be verified only during the call");
            return;
        }
        live.ofSession(session.id()).ifPresent(old -> cancel(old, "replaced by a new verification"));
        LiveVerification started = LiveVerification.requested("v-" + UUID.randomUUID(), session.id(),
                session.request().kioskId(), in.from().id());
        records.append(new VerificationEvent.Opened(started.id(), clock.instant(), session.id(),
                session.request().caseNumber(), session.request().itemCode(), started.kioskId(), started.expertId(),
                session.call().expertName()));
        live.put(started);
        in.reply(VerifyState.of(started.id(), VerifyPhase.REQUESTED));
        delivery.send(new PartyId(Role.KIOSK, started.kioskId()),
                Envelope.inSession(session.id(), new VerifyRequest(started.id(), session.call().expertName())));
    }

    public void consent(Inbound<VerifyConsent> in, Session session) {
        LiveVerification current = kiosksOpen(in, session, in.message().verificationId(), VerifyPhase.REQUESTED);
        if (current == null) {
            return;
        }
        Instant now = clock.instant();
        records.append(new VerificationEvent.Consented(current.id(), now, in.message().consent()));
        if (in.message().consent() == Consent.REFUSED) {
            LiveVerification refused = current.in(VerifyPhase.CONSENT_REFUSED);
            live.put(refused);
            news.toExpert(refused, VerifyState.of(refused.id(), VerifyPhase.CONSENT_REFUSED));
            return;
        }
        IssuedChallenge challenge = challenges.issue();
        records.append(new VerificationEvent.Challenged(current.id(), now, challenge.nonce(), challenge.steps(),
                challenge.issuedAt(), challenge.deadline()));
        LiveVerification capturing = current.capturing(challenge);
        live.put(capturing);
        // Before the kiosk hears of the challenge: its upload may reach any node at once.
        places.heldHere(capturing.id(), challenge.deadline().plus(HELD_AFTER_DEADLINE));
        in.reply(new VerifyChallenge(capturing.id(), challenge.nonce(), challenge.steps(),
                challenge.issuedAt().toEpochMilli(), challenge.deadline().toEpochMilli(), maxFrames,
                EvidenceIntake.uploadPath(capturing.id())));
        news.toExpert(capturing, VerifyState.of(capturing.id(), VerifyPhase.CAPTURING));
        long delay = Duration.between(now, challenge.deadline()).plus(EXPIRY_GRACE).toMillis();
        owners.ofSession(session.id()).schedule(() -> expireIfWaiting(session.id(), capturing.id()), delay,
                TimeUnit.MILLISECONDS);
    }

    public void problem(Inbound<VerifyProblem> in, Session session) {
        String id = in.message().verificationId();
        LiveVerification current = live.find(session.id(), id)
                .filter(v -> in.from().role() == Role.KIOSK)
                .filter(v -> (v.phase() == VerifyPhase.REQUESTED || v.phase() == VerifyPhase.CAPTURING) && !v.judging())
                .orElse(null);
        if (current == null) {
            in.fail(ErrorCode.VERIFICATION_CLOSED);
            return;
        }
        records.append(new VerificationEvent.KioskProblemReported(id, clock.instant(), in.message().problem(),
                in.message().detail()));
        LiveVerification failed = current.in(VerifyPhase.KIOSK_PROBLEM);
        live.put(failed);
        news.toExpert(failed, new VerifyState(id, VerifyPhase.KIOSK_PROBLEM, null, null, null, in.message().problem(),
                null, null));
    }

    public void review(Inbound<VerifyReview> in, Session session) {
        VerifyReview review = in.message();
        LiveVerification current = live.find(session.id(), review.verificationId())
                .filter(v -> v.expertId().equals(in.from().id()) && in.from().role() == Role.EXPERT)
                .orElse(null);
        if (current == null) {
            in.fail(ErrorCode.VERIFICATION_CLOSED);
            return;
        }
        if (!current.awaitsReview()) {
            in.fail(ErrorCode.INVALID_STATE, "nothing to decide yet: the verification is " + current.phase()
                    + (current.judging() ? " (the machine is checking the evidence)" : ""));
            return;
        }
        Verdict machine = current.judgement() == null ? null : current.judgement().verdict();
        if (review.method() == VerifyMethod.FACE_MATCH) {
            if (current.phase() != VerifyPhase.DECIDED) {
                in.fail(ErrorCode.INVALID_STATE, "there is no face comparison to confirm: record a MANUAL_DOCUMENT_CHECK");
                return;
            }
            if (!agrees(review.decision(), machine) && review.reason() == null) {
                in.fail(ErrorCode.MISSING_FIELD, "'reason' is required when your decision is not the machine's ("
                        + machine + ")");
                return;
            }
        }
        records.append(new VerificationEvent.Reviewed(current.id(), clock.instant(), in.from().id(), review.decision(),
                review.method(), review.reason(), machine));
        live.remove(current);
        in.reply(new VerifyState(current.id(), VerifyPhase.CLOSED, machine,
                current.judgement() == null ? null : current.judgement().reasonCodes(),
                current.judgement() == null ? null : current.judgement().similarity(), null, review.decision(),
                review.method()));
        boolean passed = review.decision() == ReviewDecision.PASS;
        news.toKiosk(current, passed ? CitizenResult.PASSED : CitizenResult.NOT_PASSED,
                passed || current.judgement() == null ? List.of() : current.judgement().advice());
    }

    /** The session ended: an open verification ends with it. Runs on the session's owner thread. */
    public void sessionEnded(String sessionId) {
        live.ofSession(sessionId).ifPresent(open -> {
            records.append(new VerificationEvent.Closed(open.id(), clock.instant(), VerifyPhase.CANCELLED,
                    "the session ended"));
            live.remove(open);
        });
    }

    /** The machine decision arrived (from the judge's worker, handed to the owner thread). */
    void decided(String sessionId, String verificationId, MachineJudgement judgement) {
        LiveVerification current = live.find(sessionId, verificationId).filter(LiveVerification::judging).orElse(null);
        if (current == null) {
            // Cancelled while judging: the decision is still recorded, for the auditor.
            records.append(new VerificationEvent.Decided(verificationId, clock.instant(), judgement));
            return;
        }
        records.append(new VerificationEvent.Decided(verificationId, clock.instant(), judgement));
        LiveVerification decided = current.decided(judgement);
        live.put(decided);
        news.toExpert(decided, new VerifyState(decided.id(), VerifyPhase.DECIDED, judgement.verdict(),
                judgement.reasonCodes(), judgement.similarity(), null, null, null));
    }

    private void expireIfWaiting(String sessionId, String verificationId) {
        live.find(sessionId, verificationId)
                .filter(v -> v.phase() == VerifyPhase.CAPTURING && !v.judging())
                .ifPresent(v -> {
                    records.append(new VerificationEvent.Closed(v.id(), clock.instant(), VerifyPhase.EXPIRED,
                            "no evidence before the deadline"));
                    LiveVerification expired = v.in(VerifyPhase.EXPIRED);
                    live.put(expired);
                    news.toExpert(expired, VerifyState.of(v.id(), VerifyPhase.EXPIRED));
                });
    }

    private void cancel(LiveVerification open, String why) {
        records.append(new VerificationEvent.Closed(open.id(), clock.instant(), VerifyPhase.CANCELLED, why));
        live.remove(open);
        news.toExpert(open, VerifyState.of(open.id(), VerifyPhase.CANCELLED));
    }

    private LiveVerification kiosksOpen(Inbound<?> in, Session session, String id, VerifyPhase expected) {
        LiveVerification current = live.find(session.id(), id)
                .filter(v -> in.from().role() == Role.KIOSK && v.phase() == expected)
                .orElse(null);
        if (current == null) {
            in.fail(ErrorCode.VERIFICATION_CLOSED);
        }
        return current;
    }

    private static boolean isLead(Inbound<?> in, Session session) {
        return in.from().role() == Role.EXPERT && session.call() != null
                && in.from().id().equals(session.call().expertId());
    }

    private static boolean agrees(ReviewDecision decision, Verdict machine) {
        return (decision == ReviewDecision.PASS && machine == Verdict.PASS)
                || (decision == ReviewDecision.FAIL && machine == Verdict.FAIL);
    }
}
