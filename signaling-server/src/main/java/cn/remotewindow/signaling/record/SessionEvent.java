package cn.remotewindow.signaling.record;

import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.message.EndReason;
import cn.remotewindow.protocol.message.Satisfaction;
import java.time.Instant;

/**
 * Something that happened to a session, with its time, the request it is about and the expert
 * concerned. endedBy and endReason are set for ENDED only, outcome for OUTCOME only, rating for
 * RATED only; note carries free text a party gave (the reason of a decline, the rating's comment)
 * or a short summary (the outcome and its case number).
 */
public record SessionEvent(String sessionId, Kind kind, Instant at, CaseRequest request, String expertId,
                           Role endedBy, EndReason endReason, String note, SessionOutcome outcome,
                           Satisfaction rating, CaseFileEntry caseFile) {

    /** Any event but the case file's (they carry their details in {@code caseFile}). */
    public SessionEvent(String sessionId, Kind kind, Instant at, CaseRequest request, String expertId,
                        Role endedBy, EndReason endReason, String note, SessionOutcome outcome, Satisfaction rating) {
        this(sessionId, kind, at, request, expertId, endedBy, endReason, note, outcome, rating, null);
    }

    public enum Kind {
        REQUESTED,
        QUEUED,
        RUNG,
        DECLINED,
        RING_TIMEOUT,
        ACCEPTED,
        CONNECTED,
        ENDED,
        RATED,
        /** The expert recorded the case outcome; a later one replaces an earlier one. */
        OUTCOME,
        /** The expert handed the session over (转办); the note says to whom and why. */
        TRANSFERRED,
        /** The lead expert invited a guest into the call; the note says whom (and the lead's note). */
        INVITED,
        /** The invited guest accepted and is in the call; expertId is the guest. */
        JOINED,
        /** The guest left a call that went on; the note is why (HANGUP, TECHNICAL_PROBLEM, DISCONNECTED). */
        LEFT,
        /** The lead marked a material of the checklist (caseFile: code, status, promised date). */
        MATERIAL_MARKED,
        /** The lead asked the kiosk for a picture of a material (caseFile: document, material). */
        DOCUMENT_REQUESTED,
        /** The kiosk uploaded a picture (caseFile: document, attempt, SHA-256, size); the picture is sealed in case_documents. */
        DOCUMENT_UPLOADED,
        /** The lead accepted or rejected the latest picture (caseFile: decision, reason). */
        DOCUMENT_REVIEWED,
        /** The kiosk could not deliver the document (caseFile: problem). */
        DOCUMENT_PROBLEM,
        /** The kiosk showed the citizen the closing summary (caseFile: closing id). */
        CLOSING_SHOWN,
        /** The citizen signed (caseFile: signature SHA-256, the receipt's content and fingerprint). */
        SIGNED
    }

    public String kioskId() {
        return request.kioskId();
    }

    public String district() {
        return request.district();
    }

    public String skill() {
        return request.skill();
    }
}
