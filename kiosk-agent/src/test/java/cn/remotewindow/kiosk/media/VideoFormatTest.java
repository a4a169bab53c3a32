package cn.remotewindow.kiosk.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class VideoFormatTest {

    @Test
    void formatsUpTo720pAt30AreAccepted() {
        assertThat(VideoFormat.VGA_30.frameIntervalNanos()).isEqualTo(33_333_333L);
        assertThat(VideoFormat.HD_30.withFps(5)).isEqualTo(new VideoFormat(1280, 720, 5));
        assertThat(VideoFormat.VGA_30).hasToString("640x480@30");
    }

    @Test
    void largerOddOrFasterFormatsAreRefused() {
        assertThatThrownBy(() -> new VideoFormat(1920, 1080, 30)).hasMessageContaining("1280x720");
        assertThatThrownBy(() -> new VideoFormat(641, 480, 30)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new VideoFormat(640, 480, 60)).hasMessageContaining("frame rate");
        assertThatThrownBy(() -> new VideoFormat(640, 480, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
