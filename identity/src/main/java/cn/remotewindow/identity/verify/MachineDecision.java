package cn.remotewindow.identity.verify;

import cn.remotewindow.identity.MatchThresholds;
import cn.remotewindow.identity.ModelInfo;
import cn.remotewindow.identity.face.QualityIssue;
import cn.remotewindow.identity.liveness.LivenessResult;
import java.util.List;

/**
 * The machine's decision on one verification, with everything an expert or auditor needs to see why.
 *
 * @param verdict        PASS, NEEDS_REVIEW or FAIL
 * @param reasons        why, most decisive first
 * @param similarity     live face vs card photo: median cosine over the usable frames; NaN if no comparison
 *                       was made (liveness failed, no usable frame, card photo unusable)
 * @param bestFrameIndex the usable frame most similar to the card photo, or -1
 * @param card           what was seen in the ID card photo
 * @param frames         what was seen in each frame of the burst, in burst order
 * @param frameIssues    quality issues of the frames that could not be used, most frequent first: what the
 *                       kiosk should prompt the citizen about before a retry (NOT_FRONTAL only when no
 *                       frame was usable, since a liveness burst turns away on purpose)
 * @param liveness       the liveness verdict on the burst
 * @param thresholds     the similarity thresholds applied
 * @param models         the models used (id and SHA-256)
 * @param elapsedMillis  wall time of the decision
 */
public record MachineDecision(Verdict verdict, List<DecisionReason> reasons, double similarity, int bestFrameIndex,
                              CardReport card, List<FrameReport> frames, List<QualityIssue> frameIssues,
                              LivenessResult liveness, MatchThresholds thresholds, List<ModelInfo> models,
                              long elapsedMillis) {

    public MachineDecision {
        reasons = List.copyOf(reasons);
        frames = List.copyOf(frames);
        frameIssues = List.copyOf(frameIssues);
        models = List.copyOf(models);
    }
}
