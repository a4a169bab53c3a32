package cn.remotewindow.kiosk.screen;

import static cn.remotewindow.kiosk.screen.ControlNames.*;

import java.util.Objects;

/**
 * The case file over the call (protocol 5.49): a document picture the expert asked for, or the
 * closing summary with the signature pad. Shown in the call's large place like the identity
 * check; the expert's picture stays in the side column. Immutable; each describes its words.
 */
public sealed interface CaseFilePanel {

    void describe(ScreenContent.Builder content);

    /**
     * One document picture.
     *
     * @param materialName what to place under the camera
     * @param note the expert's words (untrusted, cleaned), or null
     * @param reason why another picture is wanted ({@link DocumentStep#REJECTED}), else null
     * @param detail the expert's words for {@link RetakeReason#OTHER}, cleaned, or null
     */
    record Document(Name materialName, String note, String expertName, DocumentStep step, RetakeReason reason,
                    String detail) implements CaseFilePanel {

        public Document {
            Objects.requireNonNull(materialName, "materialName");
            Objects.requireNonNull(step, "step");
            note = clean(note);
            detail = clean(detail);
            expertName = expertName == null ? "" : expertName;
        }

        /** The first step: the preview. */
        public static Document asked(Name materialName, String note, String expertName) {
            return new Document(materialName, note, expertName, DocumentStep.PREVIEW, null, null);
        }

        public Document at(DocumentStep next) {
            return new Document(materialName, note, expertName, next, null, null);
        }

        public Document rejected(RetakeReason why, String expertDetail) {
            return new Document(materialName, note, expertName, DocumentStep.REJECTED,
                    Objects.requireNonNull(why, "reason"), expertDetail);
        }

        @Override
        public void describe(ScreenContent.Builder content) {
            Messages m = content.messages();
            String name = materialName.in(m.language());
            switch (step) {
                case PREVIEW -> {
                    content.text(DOC_HEADING, m.text("doc.preview.heading", name));
                    if (note != null) {
                        content.text(DOC_NOTE, expertName.isBlank() ? note : m.text("doc.note", expertName, note));
                    }
                    content.text(DOC_HINT, m.text("doc.preview.hint"));
                    content.text(DOC_PREVIEW, m.text("doc.preview.video"));
                    content.button(DOC_TAKE, m.text("doc.take"));
                    content.button(DOC_CANCEL, m.text("doc.cancel"));
                }
                case CAPTURED -> {
                    content.text(DOC_HEADING, m.text("doc.captured.heading"));
                    content.text(DOC_STILL, m.text("doc.still", name));
                    content.button(DOC_SEND, m.text("doc.send"));
                    content.button(DOC_RETAKE, m.text("doc.retake"));
                    content.button(DOC_CANCEL, m.text("doc.cancel"));
                }
                case UPLOADING -> {
                    content.text(DOC_HEADING, m.text("doc.uploading"));
                    content.text(DOC_STILL, m.text("doc.still", name));
                }
                case SENT -> {
                    content.text(DOC_HEADING, m.text("doc.sent"));
                    content.text(DOC_HINT, m.text("doc.sent.hint"));
                    content.text(DOC_STILL, m.text("doc.still", name));
                }
                case REJECTED -> {
                    content.text(DOC_HEADING, reason == RetakeReason.OTHER && detail != null
                            ? detail : m.text("doc.rejected." + reason.name()));
                    content.text(DOC_HINT, m.text("doc.rejected.hint", name));
                    content.text(DOC_STILL, m.text("doc.still", name));
                    content.button(DOC_RETAKE, m.text("doc.retake"));
                    content.button(DOC_CANCEL, m.text("doc.cancel"));
                }
                case UPLOAD_FAILED -> {
                    content.text(DOC_HEADING, m.text("doc.uploadFailed"));
                    content.text(DOC_HINT, m.text("doc.uploadFailed.hint"));
                    content.button(DOC_RETRY, m.text("doc.retry"));
                    content.button(DOC_CANCEL, m.text("doc.cancel"));
                }
                case RECEIVED -> content.text(DOC_HEADING, m.text("doc.received"));
                case OVER -> {
                    content.text(DOC_HEADING, m.text("doc.over"));
                    content.text(DOC_HINT, m.text("doc.over.hint"));
                }
            }
        }

        private static String clean(String text) {
            String cleaned = UntrustedText.clean(text, KioskScreen.EXPERT_MESSAGE_MAX_LENGTH);
            return cleaned.isEmpty() ? null : cleaned;
        }
    }

    /**
     * The closing summary and the signature pad; after the confirmation the summary stays in sight
     * with what is happening.
     */
    record Closing(CaseSummary summary, ClosingStep step, Signature signature) implements CaseFilePanel {

        public Closing {
            Objects.requireNonNull(summary, "summary");
            Objects.requireNonNull(step, "step");
            signature = signature == null ? Signature.EMPTY : signature;
        }

        public static Closing shown(CaseSummary summary) {
            return new Closing(summary, ClosingStep.READING, Signature.EMPTY);
        }

        public Closing at(ClosingStep next) {
            return new Closing(summary, next, signature);
        }

        Closing signed(Signature drawn) {
            return new Closing(summary, step, drawn);
        }

        @Override
        public void describe(ScreenContent.Builder content) {
            Messages m = content.messages();
            if (step == ClosingStep.READING) {
                // First the facts alone, then the pad: each fits a kiosk screen at full size.
                ClosingWords.describe(summary, content);
                content.button(SIGN_START, m.text("sign.start"));
                return;
            }
            ClosingWords.heading(summary, content);
            switch (step) {
                case SIGNING -> {
                    content.text(SIGN_HINT, m.text("sign.hint"));
                    content.button(SIGN_BACK, m.text("sign.back"));
                    content.button(SIGN_CLEAR, m.text("sign.clear"));
                    if (signature.isEmpty()) {
                        // Shown, but it cannot be pressed: nothing to confirm yet.
                        content.text(SIGN_CONFIRM, m.text("sign.confirm"));
                    } else {
                        content.button(SIGN_CONFIRM, m.text("sign.confirm"));
                    }
                }
                case SUBMITTING -> content.text(SIGN_STATUS, m.text("sign.submitting"));
                case FAILED -> {
                    content.text(SIGN_STATUS, m.text("sign.failed"));
                    content.button(SIGN_RETRY, m.text("sign.retry"));
                }
                case SIGNED -> content.text(SIGN_STATUS, m.text("sign.signed"));
                case PRINTED -> content.text(SIGN_STATUS, m.text("sign.printed"));
                case PRINT_FAILED -> content.text(SIGN_STATUS, m.text("sign.printFailed"));
            }
        }
    }

    /** Where the citizen is with the summary. */
    enum ClosingStep {
        /** Reading the summary; 确认无误，去签字 opens the pad (on the screen only). */
        READING,
        /** Signing on the pad. */
        SIGNING,
        /** 正在提交…: the signature is on its way. */
        SUBMITTING,
        /** It did not get through: 重试. */
        FAILED,
        /** 已签字，正在打印回执. */
        SIGNED,
        /** The receipt was printed: take it. */
        PRINTED,
        /** The receipt could not be printed: the staff will give it. */
        PRINT_FAILED
    }
}
