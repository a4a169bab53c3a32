package cn.remotewindow.identity.face;

/**
 * What the quality gates measured on the main face of a frame.
 *
 * @param faceWidthPx      width of the detector's face box, in the analysed image's pixels
 * @param interOcularPx    distance between the eye centres, pixels
 * @param sharpness        variance of the Laplacian of the grey face crop scaled to 112 px wide
 *                         (higher = sharper; independent of the face's size in the image)
 * @param brightness       mean luma (0–255) of the face crop
 */
public record QualityMeasures(double faceWidthPx, double interOcularPx, double sharpness, double brightness) {
}
