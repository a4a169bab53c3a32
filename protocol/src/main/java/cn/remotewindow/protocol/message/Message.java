package cn.remotewindow.protocol.message;

/**
 * Every signaling message. Each record names its wire type and its allowed senders with
 * {@link cn.remotewindow.protocol.WireType}.
 */
public sealed interface Message permits
        Auth, AuthOk, PresenceSet, PresenceState,
        ServiceRequest, ServiceCancel, SessionStatus, QueueUpdate,
        Ring, RingAccept, RingDecline, RingTimeout, RingCancelled,
        SessionEstablished, SdpOffer, SdpAnswer, IceCandidate, IceRestart,
        MediaState, Chat, PeerConnected, SessionEnd, SessionEnded, ErrorReply,
        PeerStatus, SessionResumed, RatingSubmit, RatingRecorded,
        QueueSummary, OutcomeSubmit, OutcomeRecorded,
        SessionTransfer, SessionTransferred,
        SessionInvite, InviteStatus, PartyJoined, PartyLeft,
        VerifyStart, VerifyRequest, VerifyConsent, VerifyChallenge, VerifyProblem, VerifyState, VerifyReview,
        VerifyResult,
        MaterialsMark, MaterialsState, DocumentRequest, DocumentCapture, DocumentProblem, DocumentReview,
        DocumentState, ClosingRequest, ClosingSummary, ClosingState {
}
