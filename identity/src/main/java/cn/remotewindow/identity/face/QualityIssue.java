package cn.remotewindow.identity.face;

/**
 * Why a camera frame cannot be used for comparison, with the plain prompt the kiosk shows or speaks to
 * the citizen (zh-CN first, English as the alternative). Prompts say what to do, never a score.
 * Declared in the order a kiosk should address them: light before blur (bad exposure also lowers the
 * sharpness reading), blur before head position.
 */
public enum QualityIssue {
    NO_FACE("请正对屏幕，让脸出现在框内", "Please face the screen so that your face is inside the frame."),
    MULTIPLE_FACES("请确保画面中只有您一人", "Please make sure only you are in the picture."),
    FACE_TOO_SMALL("请靠近一些", "Please come a little closer."),
    TOO_DARK("光线太暗，请面向光源", "It is too dark. Please face the light."),
    TOO_BRIGHT("光线太亮，请避开强光", "It is too bright. Please move out of the strong light."),
    BLURRED("请保持不动", "Please hold still."),
    NOT_FRONTAL("请正视屏幕", "Please look straight at the screen.");

    private final String promptZh;
    private final String promptEn;

    QualityIssue(String promptZh, String promptEn) {
        this.promptZh = promptZh;
        this.promptEn = promptEn;
    }

    /** The citizen-facing prompt in simplified Chinese. */
    public String promptZh() {
        return promptZh;
    }

    /** The citizen-facing prompt in English. */
    public String promptEn() {
        return promptEn;
    }
}
