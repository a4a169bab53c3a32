package cn.remotewindow.signaling.verification;

/** An uploaded image that is not accepted as evidence; the problem code is the identity module's. */
public final class ImageRefusedException extends RuntimeException {

    private final String problem;

    public ImageRefusedException(String problem, String message) {
        super(message);
        this.problem = problem;
    }

    public String problem() {
        return problem;
    }
}
