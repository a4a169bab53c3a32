package cn.remotewindow.identity;

/**
 * What an uploaded image may be before it is decoded (checked by {@code ImageGate}).
 *
 * @param maxBytes  largest encoded size accepted
 * @param maxWidth  widest image accepted, from the PNG/JPEG header (guards against decompression bombs)
 * @param maxHeight tallest image accepted
 * @param minWidth  narrowest image accepted (an ID card chip photo is 102x126)
 * @param minHeight shortest image accepted
 */
public record ImageLimits(long maxBytes, int maxWidth, int maxHeight, int minWidth, int minHeight) {

    public ImageLimits {
        if (maxBytes <= 0 || minWidth <= 0 || minHeight <= 0 || maxWidth < minWidth || maxHeight < minHeight) {
            throw new IllegalArgumentException("inconsistent image limits: " + maxBytes + " bytes, "
                    + minWidth + "x" + minHeight + " .. " + maxWidth + "x" + maxHeight);
        }
    }
}
