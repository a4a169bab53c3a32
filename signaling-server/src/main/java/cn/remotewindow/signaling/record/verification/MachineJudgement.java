package cn.remotewindow.signaling.record.verification;

import cn.remotewindow.protocol.message.Verdict;
import java.util.List;
import java.util.Map;

/**
 * The machine decision as recorded: everything an auditor needs to see why it was reached, and
 * with which models and thresholds. Plain values only, so that any store can keep it as it is.
 *
 * @param similarity     cosine similarity of the best live frame with the card photo; null when no face was compared
 * @param bestFrame      index of that frame, -1 when none
 * @param advice         quality issue codes the citizen can act on (for the kiosk's "not passed" screen)
 */
public record MachineJudgement(Verdict verdict, List<Reason> reasons, Double similarity, int bestFrame,
                               boolean livenessPassed, List<String> livenessProblems, List<FrameNote> frames,
                               Map<String, Double> thresholds, List<ModelNote> models, List<String> advice,
                               long elapsedMillis) {

    public MachineJudgement {
        reasons = List.copyOf(reasons);
        livenessProblems = List.copyOf(livenessProblems);
        frames = List.copyOf(frames);
        thresholds = Map.copyOf(thresholds);
        models = List.copyOf(models);
        advice = List.copyOf(advice);
    }

    public List<String> reasonCodes() {
        return reasons.stream().map(Reason::code).toList();
    }

    /** A reason of the decision, with its explanation for the expert in both languages. */
    public record Reason(String code, String zh, String en) {
    }

    /** What the machine saw in one frame. yaw/pitch/similarity null when there was no face to measure. */
    public record FrameNote(int index, String sha256, long capturedAt, int faces, Double yaw, Double pitch,
                            List<String> issues, Double similarity) {
        public FrameNote {
            issues = List.copyOf(issues);
        }
    }

    /** A model used, by its identifier and the SHA-256 of the file that was loaded. */
    public record ModelNote(String id, String sha256) {
    }
}
