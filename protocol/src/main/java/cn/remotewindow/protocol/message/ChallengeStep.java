package cn.remotewindow.protocol.message;

/**
 * One head motion of an active-liveness challenge, from the citizen's point of view: TURN_LEFT is
 * the citizen turning to their own left. The server picks the steps and their order at random.
 */
public enum ChallengeStep {
    /** 向左转头 */
    TURN_LEFT,
    /** 向右转头 */
    TURN_RIGHT,
    /** 点头: head down, then back up */
    NOD
}
