package cn.remotewindow.signaling.casefile;

/** What a checked picture is, by its content: its type and size in pixels, and its hash. */
public record Picture(String contentType, int width, int height, long bytes, String sha256) {
}
