package cn.remotewindow.kiosk.link;

/** A step of connecting failed; carries what kind of problem it was. */
public final class LinkException extends Exception {

    private static final long serialVersionUID = 1L;

    private final LinkProblem problem;

    public LinkException(LinkProblem problem, String message) {
        super(message);
        this.problem = problem;
    }

    public LinkException(LinkProblem problem, String message, Throwable cause) {
        super(message, cause);
        this.problem = problem;
    }

    public LinkProblem problem() {
        return problem;
    }
}
