package cn.remotewindow.identity.verify;

/**
 * Why the machine decided as it did, for the expert's console and the evidence record: a stable code
 * (the enum name, never renamed) and an explanation in English and Chinese. Not shown to the citizen.
 * Declared most decisive first; {@link MachineDecision#reasons()} keeps this order.
 */
public enum DecisionReason {
    INTERNAL_ERROR("The verification engine failed; nothing was decided by machine.", "核验引擎出错，未能自动判定。"),
    CARD_PHOTO_REJECTED("The ID card photo is not an acceptable image.", "身份证照片不是合格的图像文件。"),
    FRAME_REJECTED("A frame of the burst was not an acceptable image.", "采集的画面中有不合格的图像文件。"),
    DUPLICATE_FRAMES("The burst contains identical frames: a live camera never sends the same image twice.",
            "采集的画面中有完全相同的图像，疑似重放。"),
    LIVENESS_FAILED("The head movements did not answer the challenge (see the liveness problems).",
            "未按要求完成动作，活体检测未通过（见活体问题明细）。"),
    IDENTITY_CHANGED_IN_BURST("The frames of the burst do not all show the same person.", "采集的画面中不是同一个人。"),
    CARD_PHOTO_NO_FACE("No usable face was found in the ID card photo.", "身份证照片中未检测到可用的人脸。"),
    CARD_PHOTO_MULTIPLE_FACES("The ID card photo shows more than one face.", "身份证照片中有多张人脸。"),
    NO_USABLE_FRAME("No frame was good enough to compare (see the quality issues).", "没有质量合格的画面可用于比对（见质量问题）。"),
    FACE_MISMATCH("The live face does not match the ID card photo.", "现场人脸与身份证照片不一致。"),
    SIMILARITY_BORDERLINE("The live face is similar to the ID card photo, but not clearly enough: please compare by eye.",
            "现场人脸与身份证照片相似度处于临界区间，请人工比对。"),
    CARD_PHOTO_POOR_QUALITY("The ID card photo is of poor quality (blurred, dark or not frontal): please compare by eye.",
            "身份证照片质量较差（模糊、过暗或非正面），请人工比对。"),
    FACE_MATCH("The live face matches the ID card photo.", "现场人脸与身份证照片一致。"),
    LIVENESS_PASSED("The citizen made the requested head movements in order, live.", "已按要求依次完成动作，活体检测通过。");

    private final String english;
    private final String chinese;

    DecisionReason(String english, String chinese) {
        this.english = english;
        this.chinese = chinese;
    }

    /** The stable code, e.g. {@code FACE_MISMATCH}. */
    public String code() {
        return name();
    }

    public String english() {
        return english;
    }

    public String chinese() {
        return chinese;
    }
}
