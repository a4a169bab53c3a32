package cn.remotewindow.identity.liveness;

/**
 * A head movement the citizen is asked to make, from the <b>citizen's</b> point of view, with the
 * instruction the kiosk shows or speaks (zh-CN first, English as the alternative).
 */
public enum Motion {
    /** Turn the head to one's own left: the nose moves toward the right of an unmirrored camera image. */
    TURN_LEFT("请向左转头，再转回来", "Please turn your head to your left, then back."),
    /** Turn the head to one's own right: the nose moves toward the left of an unmirrored camera image. */
    TURN_RIGHT("请向右转头，再转回来", "Please turn your head to your right, then back."),
    /** Head down, then back up. */
    NOD("请点一下头", "Please nod once.");

    private final String promptZh;
    private final String promptEn;

    Motion(String promptZh, String promptEn) {
        this.promptZh = promptZh;
        this.promptEn = promptEn;
    }

    public String promptZh() {
        return promptZh;
    }

    public String promptEn() {
        return promptEn;
    }
}
