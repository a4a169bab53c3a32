package cn.remotewindow.protocol.identity;

/** What makes the data read from an ID card unusable for a verification. */
public enum CardProblem {
    /** The number fails GB 11643 (length, digits, birth date or check character). */
    ID_NUMBER_INVALID,
    /** The birth date on the card is not the one in the number. */
    BIRTH_DATE_MISMATCH,
    /** The sex on the card is not the one in the number's order code. */
    SEX_MISMATCH,
    /** The card's validity ended before today. */
    EXPIRED,
    /** The card's validity starts after today. */
    NOT_YET_VALID,
    /** A required field is missing or malformed. */
    INCOMPLETE
}
