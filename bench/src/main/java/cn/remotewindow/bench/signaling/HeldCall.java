package cn.remotewindow.bench.signaling;

/**
 * A call of the cluster benchmark's failover phase: set up like any cycle but held open (nobody
 * hangs up on a timer) while a node is killed under it; then each side that was on that node
 * reconnects elsewhere with {@code auth.resume}, and one chat is sent each way to show the call
 * still carries messages. Updated from I/O threads, hence synchronized.
 */
final class HeldCall {

    /** Which of the call's parties was connected to the node that is killed. */
    enum Moving { KIOSK, EXPERT }

    private final Moving moving;
    private boolean kioskActive;
    private boolean expertActive;
    private long resumedNanos = -1;
    private boolean kioskGotChat;
    private boolean expertGotChat;

    HeldCall(Moving moving) {
        this.moving = moving;
    }

    Moving moving() {
        return moving;
    }

    synchronized void kioskActive() {
        kioskActive = true;
    }

    synchronized void expertActive() {
        expertActive = true;
    }

    /** Both parties were told the call is ACTIVE. */
    synchronized boolean active() {
        return kioskActive && expertActive;
    }

    /** The moving party got its {@code session.resumed}; only the first one counts. */
    synchronized void resumed(long nanos) {
        if (resumedNanos < 0) {
            resumedNanos = nanos;
        }
    }

    /** @return when the moving party got {@code session.resumed}, or -1 */
    synchronized long resumedNanos() {
        return resumedNanos;
    }

    synchronized void kioskGotChat() {
        kioskGotChat = true;
    }

    synchronized void expertGotChat() {
        expertGotChat = true;
    }

    /** Chats sent after the failover that did not arrive: 0, 1 or 2. */
    synchronized int chatsMissing() {
        return (kioskGotChat ? 0 : 1) + (expertGotChat ? 0 : 1);
    }
}
