package cn.remotewindow.kiosk.screen;

import static cn.remotewindow.kiosk.screen.ControlNames.*;

import java.time.Duration;
import java.util.Objects;

/** The screens' states: small immutable records, each with its words. */
public final class ScreenStates {

    private ScreenStates() {
    }

    /** Before the controller has shown anything. */
    public record Starting() implements ScreenState {
        @Override
        public ScreenId id() {
            return ScreenId.STARTING;
        }

        @Override
        public void describe(ScreenContent.Builder content) {
            content.text(STARTING_HEADING, content.messages().text("starting.heading"));
        }
    }

    /**
     * In the queue.
     *
     * @param service what the citizen chose, or null when the controller did not say
     * @param estimatedWait null when unknown
     * @param confirmingCancel the citizen pressed "cancel" and is asked to confirm
     */
    public record Waiting(Name service, boolean greenChannel, int position, Duration estimatedWait,
            int expertsOnline, boolean confirmingCancel) implements ScreenState {

        public Waiting {
            if (position < 1) {
                throw new IllegalArgumentException("queue positions start at 1: " + position);
            }
            if (expertsOnline < 0) {
                throw new IllegalArgumentException("expertsOnline < 0: " + expertsOnline);
            }
        }

        @Override
        public ScreenId id() {
            return ScreenId.WAITING;
        }

        @Override
        public void describe(ScreenContent.Builder content) {
            Messages m = content.messages();
            content.text(WAITING_HEADING, m.text("waiting.heading"));
            if (service != null) {
                String name = service.in(m.language());
                content.text(WAITING_SERVICE, greenChannel
                        ? m.text("waiting.service.green", name)
                        : m.text("waiting.service", name));
            }
            content.text(WAITING_POSITION, WaitWords.position(m, position));
            content.text(WAITING_ESTIMATE, estimatedWait == null
                    ? WaitWords.estimate(m, null)
                    : m.text("waiting.estimate", WaitWords.estimate(m, estimatedWait)));
            content.text(WAITING_EXPERTS, WaitWords.experts(m, expertsOnline));
            describeCancel(content, confirmingCancel, WAITING_CANCEL, WAITING_CANCEL_QUESTION,
                    WAITING_CANCEL_CONFIRM, WAITING_CANCEL_KEEP, "waiting");
        }

        Waiting withFigures(int newPosition, Duration newWait, int newExperts) {
            return new Waiting(service, greenChannel, newPosition, newWait, newExperts, confirmingCancel);
        }

        Waiting confirming(boolean confirming) {
            return new Waiting(service, greenChannel, position, estimatedWait, expertsOnline, confirming);
        }
    }

    /**
     * Asking for an expert, ringing, setting up media.
     *
     * @param transferredBy the expert who handed the citizen over (转办), while the next one is
     *     found; null for a first connection
     */
    public record Connecting(boolean confirmingCancel, String transferredBy) implements ScreenState {
        @Override
        public ScreenId id() {
            return ScreenId.CONNECTING;
        }

        @Override
        public void describe(ScreenContent.Builder content) {
            Messages m = content.messages();
            if (transferredBy == null) {
                content.text(CONNECTING_HEADING, m.text("connecting.heading"));
                content.text(CONNECTING_BODY, m.text("connecting.body"));
            } else {
                content.text(CONNECTING_HEADING, m.text("transferring.heading"));
                content.text(CONNECTING_BODY, m.text("transferring.body", transferredBy));
            }
            describeCancel(content, confirmingCancel, CONNECTING_CANCEL, CONNECTING_CANCEL_QUESTION,
                    CONNECTING_CANCEL_CONFIRM, CONNECTING_CANCEL_KEEP, "connecting");
        }
    }

    /**
     * In the call.
     *
     * @param expertMessage the expert's latest prompt or chat line, already cleaned
     *     ({@link UntrustedText}), or null when there is none
     * @param confirmingHangUp the citizen pressed "end call" and is asked to confirm
     * @param guestName a second expert the lead invited into the call (三方), null when none
     * @param verify a step of an identity verification shown over the call, null when none: it takes
     *     the large place (the expert's name and message wait underneath until it ends)
     */
    public record InCall(String expertName, CallStatus status, String expertMessage, boolean confirmingHangUp,
                         String guestName, VerifyPanel verify, CaseFilePanel caseFile) implements ScreenState {

        public InCall {
            Objects.requireNonNull(expertName, "expertName");
            Objects.requireNonNull(status, "status");
        }

        public InCall(String expertName, CallStatus status, String expertMessage, boolean confirmingHangUp) {
            this(expertName, status, expertMessage, confirmingHangUp, null, null, null);
        }

        public InCall(String expertName, CallStatus status, String expertMessage, boolean confirmingHangUp,
                      String guestName, VerifyPanel verify) {
            this(expertName, status, expertMessage, confirmingHangUp, guestName, verify, null);
        }

        @Override
        public ScreenId id() {
            return ScreenId.IN_CALL;
        }

        @Override
        public void describe(ScreenContent.Builder content) {
            Messages m = content.messages();
            if (status.network() == NetworkQuality.WEAK) {
                content.text(CALL_BANNER, m.text("call.banner.weak"));
            } else if (status.network() == NetworkQuality.RECONNECTING) {
                content.text(CALL_BANNER, m.text("call.banner.reconnecting"));
            }
            if (status.sharingOwnScreen()) {
                // Privacy: whenever the kiosk's screen leaves the kiosk, the citizen is told.
                content.text(CALL_SHARING_OWN_SCREEN, m.text("call.sharingOwnScreen"));
            }
            if (verify != null || caseFile != null) {
                // The check (or the case file) takes the large place; the expert's picture is in the side column.
                // An identity check comes first: the expert asked for it last.
                if (verify != null) {
                    verify.describe(content);
                } else {
                    caseFile.describe(content);
                }
                content.text(CALL_EXPERT_BESIDE, expertName.isBlank()
                        ? m.text("call.expertBeside.unnamed")
                        : m.text("call.expertBeside", expertName));
                content.text(CALL_EXPERT_VIDEO, m.text("call.video.expert"));
            } else {
                content.text(CALL_EXPERT, expertName.isBlank()
                        ? m.text("call.expert.unnamed")
                        : m.text("call.expert", expertName));
                content.text(status.expertSharingScreen() ? CALL_SHARED_SCREEN : CALL_EXPERT_VIDEO,
                        m.text(status.expertSharingScreen() ? "call.video.shared" : "call.video.expert"));
                if (expertMessage != null) {
                    content.text(CALL_EXPERT_MESSAGE_LABEL, m.text("call.expertMessage.label"));
                    content.text(CALL_EXPERT_MESSAGE, expertMessage);
                }
                if (status.expertSharingScreen()) {
                    content.text(CALL_EXPERT_VIDEO, m.text("call.video.expert"));
                }
            }
            content.text(CALL_SELF_VIDEO, m.text("call.video.self"));
            if (guestName != null) {
                content.text(CALL_GUEST, m.text("call.guest", guestName));
                content.text(CALL_GUEST_VIDEO, m.text("call.video.guest", guestName));
            }
            if (status.muted()) {
                content.text(CALL_MUTED, m.text("call.muted"));
            }
            content.button(CALL_MUTE, m.text(status.muted() ? "call.unmute" : "call.mute"));
            if (confirmingHangUp) {
                content.text(CALL_HANG_UP_QUESTION, m.text("call.hangUp.question"));
                content.button(CALL_HANG_UP_CONFIRM, m.text("call.hangUp.confirm"));
                content.button(CALL_HANG_UP_KEEP, m.text("call.hangUp.keep"));
            } else {
                content.button(CALL_HANG_UP, m.text("call.hangUp"));
            }
        }

        InCall withStatus(CallStatus newStatus) {
            return new InCall(expertName, newStatus, expertMessage, confirmingHangUp, guestName, verify, caseFile);
        }

        InCall withExpertName(String newName) {
            return new InCall(newName, status, expertMessage, confirmingHangUp, guestName, verify, caseFile);
        }

        InCall withExpertMessage(String newMessage) {
            return new InCall(expertName, status, newMessage, confirmingHangUp, guestName, verify, caseFile);
        }

        InCall confirming(boolean confirming) {
            return new InCall(expertName, status, expertMessage, confirming, guestName, verify, caseFile);
        }

        InCall withGuestName(String newGuest) {
            return new InCall(expertName, status, expertMessage, confirmingHangUp, newGuest, verify, caseFile);
        }

        InCall withVerify(VerifyPanel newVerify) {
            return new InCall(expertName, status, expertMessage, confirmingHangUp, guestName, newVerify, caseFile);
        }

        InCall withCaseFile(CaseFilePanel newCaseFile) {
            return new InCall(expertName, status, expertMessage, confirmingHangUp, guestName, verify, newCaseFile);
        }
    }

    /** The 好差评 rating; {@code chosen} is set once the citizen has tapped one. */
    public record AskingRating(Rating chosen) implements ScreenState {
        @Override
        public ScreenId id() {
            return ScreenId.RATING;
        }

        @Override
        public void describe(ScreenContent.Builder content) {
            Messages m = content.messages();
            content.text(RATING_HEADING, m.text(chosen == null ? "rating.heading" : "rating.thanks"));
            if (chosen == null) {
                content.text(RATING_HINT, m.text("rating.hint"));
            }
            for (Rating rating : Rating.values()) {
                content.button(RATING + rating.name(), m.text("rating." + rating.name()));
            }
            if (chosen == null) {
                content.button(RATING_SKIP, m.text("rating.skip"));
            }
        }
    }

    /** A problem, what to do next, and the ways on. */
    public record ShowingError(ScreenError error) implements ScreenState {
        public ShowingError {
            Objects.requireNonNull(error, "error");
        }

        @Override
        public ScreenId id() {
            return ScreenId.ERROR;
        }

        @Override
        public void describe(ScreenContent.Builder content) {
            Messages m = content.messages();
            content.text(ERROR_WHAT, m.text("error." + error.name() + ".what"));
            content.text(ERROR_NEXT, m.text("error." + error.name() + ".next"));
            content.button(ERROR_RETRY, m.text("error.retry"));
            content.button(ERROR_START_OVER, m.text("error.startOver"));
        }
    }

    /** Thanks, and take your things. */
    public record Goodbye() implements ScreenState {
        @Override
        public ScreenId id() {
            return ScreenId.GOODBYE;
        }

        @Override
        public void describe(ScreenContent.Builder content) {
            Messages m = content.messages();
            content.text(GOODBYE_HEADING, m.text("goodbye.heading"));
            content.text(GOODBYE_BODY, m.text("goodbye.body"));
            content.button(GOODBYE_START_OVER, m.text("goodbye.startOver"));
        }
    }

    /** Leaving the queue costs the citizen their place, so it takes a second, deliberate tap. */
    private static void describeCancel(ScreenContent.Builder content, boolean confirming, String cancel,
            String question, String confirm, String keep, String prefix) {
        Messages m = content.messages();
        if (confirming) {
            content.text(question, m.text(prefix + ".cancel.question"));
            content.button(keep, m.text(prefix + ".cancel.keep"));
            content.button(confirm, m.text(prefix + ".cancel.confirm"));
        } else {
            content.button(cancel, m.text(prefix + ".cancel"));
        }
    }
}
