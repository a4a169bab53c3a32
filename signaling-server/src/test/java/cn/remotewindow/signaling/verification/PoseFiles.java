package cn.remotewindow.signaling.verification;

import cn.remotewindow.protocol.message.ChallengeStep;
import java.nio.file.Path;

/** Where testdata/poses keeps each person's pose images (layout: testdata/poses/README.md). */
final class PoseFiles {

    private PoseFiles() {
    }

    /** @param number from 1: frontal has 6 frames, each motion 3, all different bytes */
    static Path of(String person, String pose, int number) {
        return Evidence.TESTDATA.resolve("poses").resolve(person).resolve(String.format("%s-%02d.jpg", pose, number));
    }

    static String poseOf(ChallengeStep step) {
        switch (step) {
            case TURN_LEFT:
                return "left";
            case TURN_RIGHT:
                return "right";
            default:
                return "down";
        }
    }
}
