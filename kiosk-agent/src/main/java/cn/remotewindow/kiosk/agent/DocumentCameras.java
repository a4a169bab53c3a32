package cn.remotewindow.kiosk.agent;

import cn.remotewindow.kiosk.media.MediaEngine;
import cn.remotewindow.kiosk.media.VideoFeed;
import cn.remotewindow.kiosk.media.VideoFormat;
import java.io.IOException;
import java.time.Clock;
import java.util.function.Supplier;

/** Chooses the document camera: the file source when configured, else the named camera, else the call's own. */
final class DocumentCameras {

    /** The largest the media engine opens a camera at. */
    static final VideoFormat DOCUMENT_FORMAT = new VideoFormat(VideoFormat.MAX_WIDTH, VideoFormat.MAX_HEIGHT, 15);

    private DocumentCameras() {
    }

    static DocumentCamera.Opener opener(CaseFileSetup setup, MediaEngine engine, Supplier<VideoFeed> callCamera,
                                        Clock clock) {
        return () -> {
            if (setup.documentFile() != null) {
                return FileDocumentCamera.open(setup.documentFile());
            }
            if (setup.documentCamera() != null && !setup.documentCamera().isBlank()) {
                VideoFeed feed;
                try {
                    feed = engine.camera(setup.documentCamera(), DOCUMENT_FORMAT);
                } catch (RuntimeException e) {
                    throw new IOException("document camera '" + setup.documentCamera() + "': " + e.getMessage(), e);
                }
                return FeedDocumentCamera.tap(engine, feed, true, clock);
            }
            return FeedDocumentCamera.tap(engine, callCamera.get(), false, clock);
        };
    }
}
