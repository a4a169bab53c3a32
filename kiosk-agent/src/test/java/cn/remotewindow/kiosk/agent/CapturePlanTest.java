package cn.remotewindow.kiosk.agent;

import static org.assertj.core.api.Assertions.assertThat;

import cn.remotewindow.kiosk.agent.CapturePlan.Cue;
import cn.remotewindow.kiosk.screen.VerifyPrompt;
import cn.remotewindow.protocol.message.ChallengeStep;
import java.util.List;
import org.junit.jupiter.api.Test;

class CapturePlanTest {

    private static final List<ChallengeStep> THREE = List.of(ChallengeStep.TURN_RIGHT, ChallengeStep.NOD,
            ChallengeStep.TURN_LEFT);

    @Test
    void frontalThenEachStepInItsOrderWithAReturnToFrontal() {
        List<Cue> cues = CapturePlan.of(THREE, 12);
        assertThat(cues).containsExactly(
                new Cue(VerifyPrompt.FACE_SCREEN, 0, 2),
                new Cue(VerifyPrompt.TURN_RIGHT, 1, 2), new Cue(VerifyPrompt.FACE_SCREEN, 0, 1),
                new Cue(VerifyPrompt.NOD, 2, 2), new Cue(VerifyPrompt.FACE_SCREEN, 0, 1),
                new Cue(VerifyPrompt.TURN_LEFT, 3, 2), new Cue(VerifyPrompt.FACE_SCREEN, 0, 1));
        assertThat(CapturePlan.frames(cues)).isEqualTo(11);
    }

    @Test
    void neverMoreFramesThanTheChallengeAllowsAndEveryPromptStays() {
        for (int max = 1; max <= 12; max++) {
            List<Cue> cues = CapturePlan.of(THREE, max);
            assertThat(CapturePlan.frames(cues)).as("max %d", max).isEqualTo(Math.min(11, max));
            assertThat(cues).as("max %d", max).hasSize(7);
            assertThat(cues.get(0).frames()).as("a frontal frame always").isGreaterThanOrEqualTo(1);
        }
        List<Cue> eight = CapturePlan.of(THREE, 8);
        assertThat(eight).extracting(Cue::frames).containsExactly(2, 1, 1, 1, 1, 1, 1);
        List<Cue> four = CapturePlan.of(THREE, 4);
        assertThat(four).extracting(Cue::frames).containsExactly(1, 1, 0, 1, 0, 1, 0);
    }
}
