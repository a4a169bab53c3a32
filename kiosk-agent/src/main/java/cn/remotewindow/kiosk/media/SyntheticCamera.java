package cn.remotewindow.kiosk.media;

import java.time.Clock;
import java.time.LocalTime;

/**
 * A camera for kiosks and tests without one: the {@link TestPattern} (moving box, clock, frame
 * number) at the chosen format.
 */
public final class SyntheticCamera extends PushedVideoFeed {

    private final TestPattern pattern;
    private final I420Image picture;
    private final Clock clock;

    SyntheticCamera(VideoFormat format, Clock clock) {
        super("synthetic-camera", format);
        this.pattern = new TestPattern(format.width(), format.height());
        this.picture = new I420Image(format.width(), format.height());
        this.clock = clock;
    }

    @Override
    I420Image nextPicture(long frameNumber) {
        // One picture reused: the push copies it into a native frame before the next tick.
        pattern.render(frameNumber, LocalTime.now(clock), picture);
        return picture;
    }
}
