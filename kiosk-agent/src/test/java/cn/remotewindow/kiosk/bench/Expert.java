package cn.remotewindow.kiosk.bench;

import cn.remotewindow.kiosk.media.MediaEngine;
import cn.remotewindow.kiosk.media.RemoteVideo;
import cn.remotewindow.kiosk.media.SyntheticCamera;
import cn.remotewindow.kiosk.media.VideoFormat;
import cn.remotewindow.kiosk.testing.ExpertRobot;
import cn.remotewindow.kiosk.testing.SignalingServerProcess;
import cn.remotewindow.protocol.message.ExpertState;
import cn.remotewindow.protocol.message.PresenceState;
import java.time.Duration;

/**
 * The demo expert zhangwei (skill PSB-HJQY) as an {@link ExpertRobot} in the benchmark's JVM: signs
 * in, accepts every ring at once, and sends its own synthetic camera at the given format. It counts
 * the kiosk's frames but draws none.
 */
final class Expert implements AutoCloseable {

    final SyntheticCamera camera;
    final ExpertRobot robot;

    private Expert(SyntheticCamera camera, ExpertRobot robot) {
        this.camera = camera;
        this.robot = robot;
    }

    static Expert online(SignalingServerProcess server, MediaEngine engine, VideoFormat format) throws Exception {
        SyntheticCamera camera = engine.syntheticCamera(format);
        try {
            return new Expert(camera, new ExpertRobot(server.httpUrl(), "zhangwei", "demo-zhangwei", engine, camera)
                    .online());
        } catch (Exception e) {
            camera.close();
            throw e;
        }
    }

    /** The kiosk's camera as received in the current call, or null before it arrived. */
    RemoteVideo kioskVideo() {
        return robot.videos().stream().filter(v -> !v.isScreen()).findFirst().orElse(null);
    }

    /** How many times the server has said AVAILABLE so far (it does so after every call). */
    long availableCount() {
        return robot.received().stream()
                .filter(e -> e.body() instanceof PresenceState p && p.state() == ExpertState.AVAILABLE).count();
    }

    /** Waits until the server has said AVAILABLE more than {@code before} times. */
    void awaitAvailable(long before, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (availableCount() <= before) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the expert was not made available again within "
                        + timeout.toSeconds() + " s");
            }
            Thread.sleep(5);
        }
    }

    @Override
    public void close() {
        robot.close();
        camera.close();
    }
}
