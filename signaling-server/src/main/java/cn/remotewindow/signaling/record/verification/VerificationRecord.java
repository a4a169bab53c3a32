package cn.remotewindow.signaling.record.verification;

import cn.remotewindow.protocol.message.VerifyPhase;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Everything recorded about one verification, read back from its events in order. The phase is
 * derived from the events, so the record and the live flow cannot disagree about where it ended.
 */
public final class VerificationRecord {

    private final List<VerificationEvent> events;
    private VerificationEvent.Opened opened;
    private VerificationEvent.Consented consent;
    private VerificationEvent.Challenged challenge;
    private VerificationEvent.EvidenceReceived evidence;
    private VerificationEvent.Decided decision;
    private VerificationEvent.KioskProblemReported problem;
    private VerificationEvent.Reviewed review;
    private VerificationEvent.Closed closed;
    private final List<VerificationEvent.Viewed> views = new ArrayList<>();

    public VerificationRecord(List<VerificationEvent> events) {
        if (events.isEmpty() || !(events.get(0) instanceof VerificationEvent.Opened)) {
            throw new IllegalArgumentException("a verification record starts with its Opened event");
        }
        this.events = List.copyOf(events);
        for (VerificationEvent event : this.events) {
            apply(event);
        }
    }

    private void apply(VerificationEvent event) {
        if (event instanceof VerificationEvent.Opened e) {
            opened = e;
        } else if (event instanceof VerificationEvent.Consented e) {
            consent = e;
        } else if (event instanceof VerificationEvent.Challenged e) {
            challenge = e;
        } else if (event instanceof VerificationEvent.EvidenceReceived e) {
            evidence = e;
        } else if (event instanceof VerificationEvent.Decided e) {
            decision = e;
        } else if (event instanceof VerificationEvent.KioskProblemReported e) {
            problem = e;
        } else if (event instanceof VerificationEvent.Reviewed e) {
            review = e;
        } else if (event instanceof VerificationEvent.Closed e) {
            closed = e;
        } else if (event instanceof VerificationEvent.Viewed e) {
            views.add(e);
        }
    }

    public String id() {
        return opened.verificationId();
    }

    public VerificationEvent.Opened opened() {
        return opened;
    }

    public Optional<VerificationEvent.Consented> consent() {
        return Optional.ofNullable(consent);
    }

    public Optional<VerificationEvent.Challenged> challenge() {
        return Optional.ofNullable(challenge);
    }

    public Optional<VerificationEvent.EvidenceReceived> evidence() {
        return Optional.ofNullable(evidence);
    }

    public Optional<VerificationEvent.Decided> decision() {
        return Optional.ofNullable(decision);
    }

    public Optional<VerificationEvent.KioskProblemReported> problem() {
        return Optional.ofNullable(problem);
    }

    public Optional<VerificationEvent.Reviewed> review() {
        return Optional.ofNullable(review);
    }

    public Optional<VerificationEvent.Closed> closed() {
        return Optional.ofNullable(closed);
    }

    public List<VerificationEvent.Viewed> views() {
        return List.copyOf(views);
    }

    public List<VerificationEvent> events() {
        return events;
    }

    public VerifyPhase phase() {
        if (review != null) {
            return VerifyPhase.CLOSED;
        }
        if (closed != null) {
            return closed.phase();
        }
        if (problem != null) {
            return VerifyPhase.KIOSK_PROBLEM;
        }
        if (decision != null) {
            return VerifyPhase.DECIDED;
        }
        if (consent != null) {
            return consent.consent() == cn.remotewindow.protocol.message.Consent.GIVEN
                    ? VerifyPhase.CAPTURING : VerifyPhase.CONSENT_REFUSED;
        }
        return VerifyPhase.REQUESTED;
    }
}
