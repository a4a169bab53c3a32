package cn.remotewindow.identity.liveness;

import java.util.List;

/**
 * The verdict on one burst.
 *
 * @param passed     true only if there are no problems
 * @param problems   what was wrong, in {@link LivenessProblem} order; empty when passed
 * @param stepFrames for each challenge step, in order, the index of the frame where that motion was
 *                   strongest; -1 for a step that was not seen
 */
public record LivenessResult(boolean passed, List<LivenessProblem> problems, List<Integer> stepFrames) {

    public LivenessResult {
        problems = List.copyOf(problems);
        stepFrames = List.copyOf(stepFrames);
        if (passed != problems.isEmpty()) {
            throw new IllegalArgumentException("passed must mean no problems");
        }
    }
}
