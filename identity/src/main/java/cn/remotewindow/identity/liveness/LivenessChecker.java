package cn.remotewindow.identity.liveness;

import cn.remotewindow.identity.IdentitySettings;
import cn.remotewindow.identity.LivenessThresholds;
import cn.remotewindow.identity.QualityThresholds;
import cn.remotewindow.identity.face.HeadPose;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Judges whether a burst of head poses answers a {@link Challenge} (GB/T 38671-2020: liveness before
 * comparison). Pure and thread-safe: it looks only at the poses and times it is given.
 *
 * <p>Rules, all of which must hold:
 * <ol>
 *   <li>{@code minFrames} to {@code maxFrames} frames, capture times strictly increasing, all within
 *       [issuedAt, deadline], first to last within {@code maxBurstSpan};</li>
 *   <li>the burst arrived no later than deadline + {@code arrivalGrace};</li>
 *   <li>every frame shows exactly one face, and the first one is frontal (the live-frame frontal gate);</li>
 *   <li>the challenge's motions are seen in its order, each separated from the previous one by at least
 *       one frame that is not in a motion (the head came back toward frontal). A nod only counts once the
 *       head is back up (a frame after the down frames whose pitch is back within {@code returnPitch}). Repeating the step just made is
 *       tolerated; a motion the challenge did not ask for, or one of its motions out of turn, fails.</li>
 * </ol>
 * Motions are measured against the first frame's pose (the citizen's own "straight ahead"): a turn is a
 * yaw change of at least {@code turnYaw} (left = positive yaw), a nod a pitch increase of at least
 * {@code nodPitch} while not turned; a frame within {@code returnYaw}/{@code returnPitch} of the start is
 * frontal. Anything else is "in between" and ignored.
 */
public final class LivenessChecker {

    private enum State { LEFT, RIGHT, DOWN, FRONTAL, BETWEEN }

    private final LivenessThresholds thresholds;
    private final QualityThresholds frontal;

    public LivenessChecker(IdentitySettings settings) {
        this(settings.liveness(), settings.liveQuality());
    }

    /**
     * @param frontal its {@code maxFrontalYaw}/{@code maxFrontalPitch} decide whether the first frame is frontal
     */
    public LivenessChecker(LivenessThresholds thresholds, QualityThresholds frontal) {
        this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
        this.frontal = Objects.requireNonNull(frontal, "frontal");
    }

    public LivenessResult check(Challenge challenge, List<PoseSample> samples, Instant receivedAt) {
        Set<LivenessProblem> problems = EnumSet.noneOf(LivenessProblem.class);
        checkTiming(challenge, samples, receivedAt, problems);
        List<Integer> stepFrames = new ArrayList<>(Collections.nCopies(challenge.steps().size(), -1));
        HeadPose start = samples.isEmpty() ? null : samples.get(0).pose();
        if (!samples.isEmpty() && (start == null || !start.isFrontal(frontal.maxFrontalYaw(), frontal.maxFrontalPitch()))) {
            problems.add(LivenessProblem.NOT_FRONTAL_AT_START);
        }
        if (samples.stream().anyMatch(s -> s.pose() == null)) {
            problems.add(LivenessProblem.FACE_LOST);
        }
        HeadPose baseline = samples.stream().map(PoseSample::pose).filter(Objects::nonNull).findFirst().orElse(null);
        if (baseline != null) {
            followSteps(challenge.steps(), samples, baseline, stepFrames, problems);
        } else {
            problems.add(LivenessProblem.STEP_NOT_SEEN);
        }
        return new LivenessResult(problems.isEmpty(), List.copyOf(problems), stepFrames);
    }

    private void checkTiming(Challenge challenge, List<PoseSample> samples, Instant receivedAt,
                             Set<LivenessProblem> problems) {
        if (samples.size() < thresholds.minFrames()) {
            problems.add(LivenessProblem.TOO_FEW_FRAMES);
        }
        if (samples.size() > thresholds.maxFrames()) {
            problems.add(LivenessProblem.TOO_MANY_FRAMES);
        }
        long issued = challenge.issuedAt().toEpochMilli();
        long deadline = challenge.deadline().toEpochMilli();
        for (int i = 0; i < samples.size(); i++) {
            long t = samples.get(i).capturedAtMillis();
            if (i > 0 && t <= samples.get(i - 1).capturedAtMillis()) {
                problems.add(LivenessProblem.TIMESTAMPS_NOT_INCREASING);
            }
            if (t < issued || t > deadline) {
                problems.add(LivenessProblem.OUTSIDE_CHALLENGE_WINDOW);
            }
        }
        if (samples.size() > 1) {
            long span = samples.get(samples.size() - 1).capturedAtMillis() - samples.get(0).capturedAtMillis();
            if (Math.abs(span) > thresholds.maxBurstSpan().toMillis()) {
                problems.add(LivenessProblem.BURST_TOO_LONG);
            }
        }
        if (receivedAt.isAfter(challenge.deadline().plus(thresholds.arrivalGrace()))) {
            problems.add(LivenessProblem.ARRIVED_LATE);
        }
    }

    /** Walks the frames once, matching motion segments against the steps in order. */
    private void followSteps(List<Motion> steps, List<PoseSample> samples, HeadPose baseline,
                             List<Integer> stepFrames, Set<LivenessProblem> problems) {
        int next = 0;                  // index of the next step to be seen
        Motion current = null;         // motion of the segment we are in, null between segments
        int currentStep = -1;          // step the current segment was matched to, -1 if none
        double currentPeak = 0;
        boolean returned = true;       // a non-motion frame since the last motion segment
        boolean nodAwaitingReturn = false;
        for (int i = 0; i < samples.size(); i++) {
            HeadPose pose = samples.get(i).pose();
            State state = pose == null ? State.BETWEEN : classify(pose, baseline);
            Motion motion = motionOf(state);
            if (motion == null) {
                current = null;
                currentStep = -1;
                returned = true;
                // A nod is over once the head is back up: the pitch is back, whatever the yaw drifted
                // meanwhile (a citizen's "straight ahead" wanders a little between frames).
                if (state == State.FRONTAL
                        || (pose != null && Math.abs(pose.pitch() - baseline.pitch()) <= thresholds.returnPitch())) {
                    nodAwaitingReturn = false;
                }
                continue;
            }
            double strength = strength(motion, pose, baseline);
            if (motion == current) {
                if (currentStep >= 0 && strength > currentPeak) {
                    currentPeak = strength;
                    stepFrames.set(currentStep, i);
                }
                continue;
            }
            // A new motion segment begins.
            currentStep = -1;
            if (next < steps.size() && motion == steps.get(next)) {
                if (!returned || nodAwaitingReturn) {
                    problems.add(LivenessProblem.NO_RETURN_BETWEEN_STEPS);
                }
                currentStep = next++;
                currentPeak = strength;
                stepFrames.set(currentStep, i);
                nodAwaitingReturn = motion == Motion.NOD;
            } else if (next > 0 && motion == steps.get(next - 1) && returned) {
                // The citizen repeated the step just made: harmless.
                nodAwaitingReturn = motion == Motion.NOD;
            } else if (steps.contains(motion)) {
                problems.add(LivenessProblem.WRONG_ORDER);
            } else {
                problems.add(LivenessProblem.UNEXPECTED_MOTION);
            }
            current = motion;
            returned = false;
        }
        if (next < steps.size() || nodAwaitingReturn) {
            problems.add(LivenessProblem.STEP_NOT_SEEN);
        }
    }

    private State classify(HeadPose pose, HeadPose baseline) {
        double yaw = pose.yaw() - baseline.yaw();
        double pitch = pose.pitch() - baseline.pitch();
        if (yaw >= thresholds.turnYaw()) {
            return State.LEFT;
        }
        if (yaw <= -thresholds.turnYaw()) {
            return State.RIGHT;
        }
        if (pitch >= thresholds.nodPitch()) {
            return State.DOWN;
        }
        if (Math.abs(yaw) <= thresholds.returnYaw() && Math.abs(pitch) <= thresholds.returnPitch()) {
            return State.FRONTAL;
        }
        return State.BETWEEN;
    }

    private static Motion motionOf(State state) {
        return switch (state) {
            case LEFT -> Motion.TURN_LEFT;
            case RIGHT -> Motion.TURN_RIGHT;
            case DOWN -> Motion.NOD;
            case FRONTAL, BETWEEN -> null;
        };
    }

    private static double strength(Motion motion, HeadPose pose, HeadPose baseline) {
        return motion == Motion.NOD ? pose.pitch() - baseline.pitch() : Math.abs(pose.yaw() - baseline.yaw());
    }
}
