package cn.remotewindow.identity.image;

/** Why an uploaded image was refused before or while decoding. */
public enum ImageProblem {
    /** Neither a JPEG nor a PNG by its first bytes (or empty). */
    NOT_AN_IMAGE,
    /** More encoded bytes than the limit. */
    TOO_LARGE_BYTES,
    /** The header claims more pixels (width or height) than the limit: refused without decoding. */
    TOO_LARGE_PIXELS,
    /** Narrower or shorter than the limit. */
    TOO_SMALL_PIXELS,
    /** A JPEG or PNG whose header or data is damaged or truncated, or that does not decode. */
    CORRUPT
}
