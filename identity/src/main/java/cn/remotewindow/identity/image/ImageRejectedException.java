package cn.remotewindow.identity.image;

import java.util.Objects;

/** An uploaded image was refused; {@link #problem()} says why in a stable code, the message in words. */
public final class ImageRejectedException extends Exception {

    private static final long serialVersionUID = 1L;

    private final ImageProblem problem;

    public ImageRejectedException(ImageProblem problem, String message) {
        super(message);
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    public ImageProblem problem() {
        return problem;
    }
}
