package cn.remotewindow.identity.face;

/** A point in image pixels (x to the right, y down), in the coordinates of the analysed image. */
public record FacePoint(double x, double y) {

    public FacePoint scaled(double factor) {
        return new FacePoint(x * factor, y * factor);
    }

    public double distanceTo(FacePoint other) {
        return Math.hypot(other.x - x, other.y - y);
    }

    public static FacePoint midpoint(FacePoint a, FacePoint b) {
        return new FacePoint((a.x + b.x) / 2, (a.y + b.y) / 2);
    }
}
