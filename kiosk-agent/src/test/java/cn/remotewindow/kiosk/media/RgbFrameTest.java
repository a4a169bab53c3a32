package cn.remotewindow.kiosk.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class RgbFrameTest {

    @Test
    void theImageSharesTheFramesPixels() {
        int[] argb = {0xffff0000, 0xff00ff00, 0xff0000ff, 0xffffffff};
        RgbFrame frame = new RgbFrame(2, 2, argb, 0);

        BufferedImage image = frame.toImage();

        assertThat(image.getWidth()).isEqualTo(2);
        assertThat(image.getRGB(0, 0)).isEqualTo(0xffff0000);
        assertThat(image.getRGB(0, 1)).isEqualTo(0xff0000ff);
        argb[3] = 0xff123456;
        assertThat(image.getRGB(1, 1)).isEqualTo(0xff123456);
        assertThat(frame.pixel(1, 0)).isEqualTo(0xff00ff00);
    }
}
