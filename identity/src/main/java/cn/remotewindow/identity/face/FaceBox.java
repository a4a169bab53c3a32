package cn.remotewindow.identity.face;

/** A face's bounding box in image pixels: top-left corner, width and height. */
public record FaceBox(double x, double y, double width, double height) {

    public FaceBox scaled(double factor) {
        return new FaceBox(x * factor, y * factor, width * factor, height * factor);
    }

    public double area() {
        return width * height;
    }
}
