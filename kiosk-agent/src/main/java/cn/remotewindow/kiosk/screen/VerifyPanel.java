package cn.remotewindow.kiosk.screen;

import static cn.remotewindow.kiosk.screen.ControlNames.*;

import java.util.List;
import java.util.Objects;

/**
 * One step of a remote identity verification (远程身份核验), shown over the call: the call goes on
 * (the expert's picture moves to the side column, the self-view and the call's buttons stay).
 * Immutable; each describes its words. Never a score: the citizen sees pass or fail only.
 */
public sealed interface VerifyPanel {

    void describe(ScreenContent.Builder content);

    /** The separate consent to face recognition, with the manual check as the way without it. */
    record Consent(String expertName) implements VerifyPanel {
        @Override
        public void describe(ScreenContent.Builder content) {
            Messages m = content.messages();
            content.text(VERIFY_HEADING, expertName == null || expertName.isBlank()
                    ? m.text("verify.consent.heading.unnamed") : m.text("verify.consent.heading", expertName));
            content.text(VERIFY_CONSENT_WHAT, m.text("verify.consent.what"));
            content.text(VERIFY_CONSENT_WHY, m.text("verify.consent.why"));
            content.text(VERIFY_CONSENT_KEEP, m.text("verify.consent.keep"));
            content.text(VERIFY_CONSENT_ALTERNATIVE, m.text("verify.consent.alternative"));
            content.button(VERIFY_AGREE, m.text("verify.agree"));
            content.button(VERIFY_REFUSE, m.text("verify.refuse"));
        }
    }

    /** "Place your ID card on the reader"; {@code again} after a read that failed. */
    record Card(boolean again) implements VerifyPanel {
        @Override
        public void describe(ScreenContent.Builder content) {
            Messages m = content.messages();
            content.text(VERIFY_HEADING, m.text(again ? "verify.card.again" : "verify.card.heading"));
            content.text(VERIFY_HINT, m.text("verify.card.hint"));
            content.button(VERIFY_CANCEL, m.text("verify.cancel"));
        }
    }

    /**
     * One prompt of the liveness challenge.
     *
     * @param step the motion's number, 1-based; 0 for "face the screen" between motions
     * @param steps how many motions there are
     */
    record Prompt(VerifyPrompt prompt, int step, int steps) implements VerifyPanel {
        public Prompt {
            Objects.requireNonNull(prompt, "prompt");
        }

        @Override
        public void describe(ScreenContent.Builder content) {
            Messages m = content.messages();
            if (step > 0) {
                content.text(VERIFY_STEP, m.text("verify.step", step, steps));
            }
            content.text(VERIFY_HEADING, m.text("verify.prompt." + prompt.name()));
            content.text(VERIFY_HINT, m.text("verify.prompt." + prompt.name() + ".hint"));
        }
    }

    /** The evidence is in; the machine and then the expert decide. */
    record Checking() implements VerifyPanel {
        @Override
        public void describe(ScreenContent.Builder content) {
            Messages m = content.messages();
            content.text(VERIFY_HEADING, m.text("verify.checking"));
            content.text(VERIFY_HINT, m.text("verify.checking.hint"));
        }
    }

    /**
     * Passed or not, with what the citizen can do better: each piece once, the most basic first (the
     * enum's order), at most {@link #MAX_ADVICE}; nobody acts on seven instructions at once, and the
     * expert says the rest.
     */
    record Result(boolean passed, List<VerifyAdvice> advice) implements VerifyPanel {
        public static final int MAX_ADVICE = 3;

        public Result {
            advice = passed ? List.of() : advice.stream().distinct().sorted().limit(MAX_ADVICE).toList();
        }

        @Override
        public void describe(ScreenContent.Builder content) {
            Messages m = content.messages();
            content.text(VERIFY_HEADING, m.text(passed ? "verify.passed" : "verify.notPassed"));
            for (VerifyAdvice item : advice) {
                content.text(VERIFY_ADVICE + item.name(), m.text("verify.advice." + item.name()));
            }
            content.text(VERIFY_HINT, m.text(passed ? "verify.passed.hint" : "verify.notPassed.hint"));
        }
    }

    /** The check ends here for the kiosk; the expert goes on by hand or says what next. */
    record Note(VerifyNote note) implements VerifyPanel {
        public Note {
            Objects.requireNonNull(note, "note");
        }

        @Override
        public void describe(ScreenContent.Builder content) {
            Messages m = content.messages();
            content.text(VERIFY_HEADING, m.text("verify.note." + note.name()));
            content.text(VERIFY_HINT, m.text("verify.note." + note.name() + ".hint"));
        }
    }
}
