package cn.remotewindow.protocol.message;

/** The five levels of the national 好差评 rating. */
public enum Satisfaction {
    /** 非常满意 */
    VERY_SATISFIED,
    /** 满意 */
    SATISFIED,
    /** 基本满意 */
    BASICALLY_SATISFIED,
    /** 不满意 */
    DISSATISFIED,
    /** 非常不满意 */
    VERY_DISSATISFIED
}
