package cn.remotewindow.kiosk.screen;

/**
 * Names of the texts and buttons on the screens. The Swing screen gives its components these
 * names ({@link java.awt.Component#getName()}), the headless screen uses them as keys of its
 * texts and as the names of the controls it can press, so tests and other front ends address
 * both the same way. Names ending in a code take the catalogue's department or item code.
 */
public final class ControlNames {

    private ControlNames() {
    }

    public static final String TITLE = "top.title";
    public static final String SUBTITLE = "top.subtitle";
    /** Button: switches between Chinese and English (its label is in the other language). */
    public static final String LANGUAGE = "language.toggle";

    public static final String STARTING_HEADING = "starting.heading";

    public static final String CHOICE_HEADING = "choice.heading";
    public static final String CHOICE_HINT = "choice.hint";
    /** Toggle button: the priority lane; its label says whether it is on. */
    public static final String CHOICE_GREEN_CHANNEL = "choice.greenChannel";
    /** Prefix + department code. Button: shows that department's items. */
    public static final String CHOICE_DEPARTMENT = "choice.department.";
    /** Prefix + item code. Button: chooses that item. */
    public static final String CHOICE_ITEM = "choice.item.";
    /** Prefix + department code. Button: asks the department without naming an item. */
    public static final String CHOICE_CONSULT = "choice.consult.";
    /** Button: back from a department's items, the bundles or the search to the departments. */
    public static final String CHOICE_BACK = "choice.back";
    /** Button (first step, when the catalogue has bundles): shows the 一件事 bundles. */
    public static final String CHOICE_BUNDLES = "choice.bundles";
    /** Prefix + bundle code. Button: chooses that 一件事 bundle. */
    public static final String CHOICE_BUNDLE = "choice.bundle.";
    /** Button (first step): the search by pinyin initials. */
    public static final String CHOICE_SEARCH = "choice.search";
    /** Text (search step): how to search. */
    public static final String CHOICE_SEARCH_HINT = "choice.search.hint";
    /** Prefix + a letter A-Z. Button (search step): types that letter. */
    public static final String CHOICE_KEY = "choice.key.";
    /** Button (search step): takes the last letter back. */
    public static final String CHOICE_KEY_DELETE = "choice.keys.delete";
    /** Button (search step): clears the letters. */
    public static final String CHOICE_KEY_CLEAR = "choice.keys.clear";
    /** Text (search step): nothing matches the letters. */
    public static final String CHOICE_NO_MATCH = "choice.noMatch";

    public static final String WAITING_HEADING = "waiting.heading";
    public static final String WAITING_SERVICE = "waiting.service";
    public static final String WAITING_POSITION = "waiting.position";
    public static final String WAITING_ESTIMATE = "waiting.estimate";
    public static final String WAITING_EXPERTS = "waiting.experts";
    /** Button: asks to confirm leaving the queue. */
    public static final String WAITING_CANCEL = "waiting.cancel";
    public static final String WAITING_CANCEL_QUESTION = "waiting.cancel.question";
    public static final String WAITING_CANCEL_CONFIRM = "waiting.cancel.confirm";
    public static final String WAITING_CANCEL_KEEP = "waiting.cancel.keep";

    public static final String CONNECTING_HEADING = "connecting.heading";
    public static final String CONNECTING_BODY = "connecting.body";
    public static final String CONNECTING_CANCEL = "connecting.cancel";
    public static final String CONNECTING_CANCEL_QUESTION = "connecting.cancel.question";
    public static final String CONNECTING_CANCEL_CONFIRM = "connecting.cancel.confirm";
    public static final String CONNECTING_CANCEL_KEEP = "connecting.cancel.keep";

    public static final String CALL_EXPERT = "call.expert";
    /** The network banner; absent when the network is good. */
    public static final String CALL_BANNER = "call.banner";
    /** "The expert can see your screen"; present exactly while the kiosk shares its own screen. */
    public static final String CALL_SHARING_OWN_SCREEN = "call.sharingOwnScreen";
    /** "Message from the expert": the heading of the expert's message; absent when there is none. */
    public static final String CALL_EXPERT_MESSAGE_LABEL = "call.expertMessage.label";
    /** The expert's latest prompt or chat line, as plain text; absent when there is none. */
    public static final String CALL_EXPERT_MESSAGE = "call.expertMessage";
    /** "Your microphone is off"; absent when it is on. */
    public static final String CALL_MUTED = "call.muted";
    public static final String CALL_MUTE = "call.mute";
    public static final String CALL_HANG_UP = "call.hangUp";
    public static final String CALL_HANG_UP_QUESTION = "call.hangUp.question";
    public static final String CALL_HANG_UP_CONFIRM = "call.hangUp.confirm";
    public static final String CALL_HANG_UP_KEEP = "call.hangUp.keep";
    public static final String CALL_EXPERT_VIDEO = "call.video.expert";
    public static final String CALL_SELF_VIDEO = "call.video.self";
    /** The expert named over their picture in the side column, while an identity check has the large place. */
    public static final String CALL_EXPERT_BESIDE = "call.expertBeside";
    /** A second expert invited into the call (三方), named beside their picture. */
    public static final String CALL_GUEST = "call.guest";
    public static final String CALL_GUEST_VIDEO = "call.video.guest";
    public static final String CALL_SHARED_SCREEN = "call.video.shared";

    /**
     * Remote identity verification (远程身份核验), shown over the call: the panel's main line (the
     * consent question, the card prompt, the head-motion prompt, "checking", the result or a note).
     */
    public static final String VERIFY_HEADING = "verify.heading";
    /** "Step 1 of 3", on the prompts of the head motions. */
    public static final String VERIFY_STEP = "verify.step";
    /** The line under the heading that says how (lay the card flat, turn slowly, what happens next). */
    public static final String VERIFY_HINT = "verify.hint";
    /** The consent: what is collected, why, how it is kept, and the manual check instead. */
    public static final String VERIFY_CONSENT_WHAT = "verify.consent.what";
    public static final String VERIFY_CONSENT_WHY = "verify.consent.why";
    public static final String VERIFY_CONSENT_KEEP = "verify.consent.keep";
    public static final String VERIFY_CONSENT_ALTERNATIVE = "verify.consent.alternative";
    /** Button: consent given, the check starts. */
    public static final String VERIFY_AGREE = "verify.agree";
    /** Button: consent refused; the expert checks the ID card by hand. */
    public static final String VERIFY_REFUSE = "verify.refuse";
    /** Button: stop the check (while the card is asked for); the expert checks by hand. */
    public static final String VERIFY_CANCEL = "verify.cancel";
    /** Prefix + {@link VerifyAdvice} name: one plain sentence per thing to do better. */
    public static final String VERIFY_ADVICE = "verify.advice.";

    // ---- the case file over the call: a document picture, the closing summary and signature ----
    public static final String DOC_HEADING = "doc.heading";
    /** The expert's words: what to capture. */
    public static final String DOC_NOTE = "doc.note";
    public static final String DOC_HINT = "doc.hint";
    /** The document camera's live picture (its caption). */
    public static final String DOC_PREVIEW = "doc.preview";
    /** The captured still (its caption). */
    public static final String DOC_STILL = "doc.still";
    /** Button: 拍照 (one-shot: the kiosk takes the still). */
    public static final String DOC_TAKE = "doc.take";
    /** Button: 重拍, back to the preview (on the screen only). */
    public static final String DOC_RETAKE = "doc.retake";
    /** Button: 确认上传 (one-shot). */
    public static final String DOC_SEND = "doc.send";
    /** Button: 重试 after a failed upload (one-shot). */
    public static final String DOC_RETRY = "doc.retry";
    /** Button: 取消, the citizen does not send this document (one-shot). */
    public static final String DOC_CANCEL = "doc.cancel";

    public static final String SUM_HEADING = "sum.heading";
    public static final String SUM_ITEM = "sum.item";
    public static final String SUM_CASE = "sum.case";
    public static final String SUM_REASON = "sum.reason";
    public static final String SUM_RECEIVED = "sum.received";
    public static final String SUM_MISSING = "sum.missing";
    public static final String SUM_DUE = "sum.due";
    public static final String SUM_DELIVERY = "sum.delivery";
    /** Button: 确认无误，去签字 — from the summary to the pad (on the screen only). */
    public static final String SIGN_START = "sign.start";
    /** Button: back from the pad to the whole summary, keeping what is drawn (on the screen only). */
    public static final String SIGN_BACK = "sign.back";
    /** Above the signature pad, while signing; the pad itself is shown from then on. */
    public static final String SIGN_HINT = "sign.hint";
    /** Button: 清除, empties the pad (on the screen only). */
    public static final String SIGN_CLEAR = "sign.clear";
    /** Button: 确认签字 (one-shot); shown but not pressable while the pad is empty. */
    public static final String SIGN_CONFIRM = "sign.confirm";
    /** Button: 重试 after the signature did not get through (one-shot). */
    public static final String SIGN_RETRY = "sign.retry";
    /** 正在提交… / 已签字，正在打印回执 / ... */
    public static final String SIGN_STATUS = "sign.status";

    public static final String RATING_HEADING = "rating.heading";
    public static final String RATING_HINT = "rating.hint";
    /** Prefix + {@link Rating} name. Button: gives that rating. */
    public static final String RATING = "rating.";
    public static final String RATING_SKIP = "rating.skip";

    public static final String ERROR_WHAT = "error.what";
    public static final String ERROR_NEXT = "error.next";
    public static final String ERROR_RETRY = "error.retry";
    public static final String ERROR_START_OVER = "error.startOver";

    public static final String GOODBYE_HEADING = "goodbye.heading";
    public static final String GOODBYE_BODY = "goodbye.body";
    public static final String GOODBYE_START_OVER = "goodbye.startOver";
}
