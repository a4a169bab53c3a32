package cn.remotewindow.kiosk.agent;

import cn.remotewindow.kiosk.screen.VerifyPrompt;
import cn.remotewindow.protocol.message.ChallengeStep;
import java.util.ArrayList;
import java.util.List;

/**
 * The prompts of a liveness challenge and the frames taken at each, in order: "face the screen" (2
 * frames), then for each step its motion (2 frames, during it) and "face the screen" again (1
 * frame). With 3 steps that is 11 frames; when the challenge allows fewer, the extra frames go first
 * from the motions, then from the returns to frontal, then from the first frontal. Every prompt stays,
 * even one that takes no frame: the citizen must still be told to turn back.
 */
final class CapturePlan {

    /**
     * One prompt and the frames taken while it shows.
     *
     * @param step the motion's number (1-based); 0 for "face the screen"
     */
    record Cue(VerifyPrompt prompt, int step, int frames) {
    }

    private CapturePlan() {
    }

    static List<Cue> of(List<ChallengeStep> steps, int maxFrames) {
        int[] frames = new int[1 + 2 * steps.size()];
        frames[0] = 2;
        for (int i = 0; i < steps.size(); i++) {
            frames[1 + 2 * i] = 2;
            frames[2 + 2 * i] = 1;
        }
        int total = 2 + 3 * steps.size();
        // Order of giving up frames: the motions' second, the returns, the first frontal's second, the motions'.
        List<int[]> cuts = new ArrayList<>();
        for (int i = steps.size() - 1; i >= 0; i--) {
            cuts.add(new int[] {1 + 2 * i});
        }
        for (int i = steps.size() - 1; i >= 0; i--) {
            cuts.add(new int[] {2 + 2 * i});
        }
        cuts.add(new int[] {0});
        for (int i = steps.size() - 1; i >= 0; i--) {
            cuts.add(new int[] {1 + 2 * i});
        }
        for (int[] cut : cuts) {
            if (total <= Math.max(1, maxFrames)) {
                break;
            }
            frames[cut[0]]--;
            total--;
        }
        List<Cue> cues = new ArrayList<>();
        cues.add(new Cue(VerifyPrompt.FACE_SCREEN, 0, frames[0]));
        for (int i = 0; i < steps.size(); i++) {
            cues.add(new Cue(prompt(steps.get(i)), i + 1, frames[1 + 2 * i]));
            cues.add(new Cue(VerifyPrompt.FACE_SCREEN, 0, frames[2 + 2 * i]));
        }
        return List.copyOf(cues);
    }

    static int frames(List<Cue> cues) {
        return cues.stream().mapToInt(Cue::frames).sum();
    }

    static VerifyPrompt prompt(ChallengeStep step) {
        return switch (step) {
            case TURN_LEFT -> VerifyPrompt.TURN_LEFT;
            case TURN_RIGHT -> VerifyPrompt.TURN_RIGHT;
            case NOD -> VerifyPrompt.NOD;
        };
    }
}
