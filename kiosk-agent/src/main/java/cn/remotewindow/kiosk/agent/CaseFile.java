package cn.remotewindow.kiosk.agent;

import cn.remotewindow.kiosk.screen.KioskScreen;
import cn.remotewindow.kiosk.screen.Signature;
import cn.remotewindow.protocol.message.ClosingState;
import cn.remotewindow.protocol.message.ClosingSummary;
import cn.remotewindow.protocol.message.DocumentCapture;
import cn.remotewindow.protocol.message.DocumentState;
import cn.remotewindow.protocol.message.MaterialsState;
import cn.remotewindow.protocol.message.Message;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The kiosk's part of the case file in the call (protocol 5.49–5.59): one open document request
 * and one closing summary at a time, the latest checklist kept. Takes the messages and taps from
 * the flow on the agent's thread and hands each to its run.
 */
final class CaseFile {

    private final KioskScreen screen;
    private final CaseFileSetup setup;
    private final CaseFileHost host;
    private final ScheduledExecutorService agentThread;
    private final ExecutorService worker = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "kiosk-casefile");
        t.setDaemon(true);
        return t;
    });
    private DocumentRun document;
    private ClosingRun closing;
    private MaterialsState materials;

    CaseFile(KioskScreen screen, CaseFileSetup setup, CaseFileHost host, ScheduledExecutorService agentThread) {
        this.screen = screen;
        this.setup = setup;
        this.host = host;
        this.agentThread = agentThread;
    }

    static boolean handles(Message body) {
        return body instanceof DocumentCapture || body instanceof DocumentState || body instanceof MaterialsState
                || body instanceof ClosingSummary || body instanceof ClosingState;
    }

    void message(String session, Message body) {
        if (body instanceof DocumentCapture capture) {
            // One request is open at a time: a new one replaces the one before (the server cancelled it).
            if (document != null) {
                document.close();
            }
            document = new DocumentRun(session, capture, screen, host, agentThread, worker, setup.noticeTime());
            document.start();
        } else if (body instanceof DocumentState state) {
            if (document != null && document.documentId().equals(state.documentId())) {
                document.state(state);
            }
        } else if (body instanceof MaterialsState state) {
            materials = state;
        } else if (body instanceof ClosingSummary summary) {
            if (closing != null) {
                closing.close();
            }
            closing = new ClosingRun(summary, screen, host, setup.printer(), agentThread, worker, setup.noticeTime());
            closing.start();
        } else if (body instanceof ClosingState state) {
            if (closing != null && closing.closingId().equals(state.closingId())) {
                closing.state(state);
            }
        }
    }

    /** The checklist as the server last sent it, or null. */
    MaterialsState materials() {
        return materials;
    }

    void photoRequested() {
        if (document != null) {
            document.photoRequested();
        }
    }

    void sendRequested() {
        if (document != null) {
            document.sendRequested();
        }
    }

    void cancelled() {
        if (document != null) {
            document.cancelled();
        }
    }

    void signatureConfirmed(Signature signature) {
        if (closing != null) {
            closing.signatureConfirmed(signature);
        }
    }

    /** The session ended: what was open ends with it (the server cancelled it too). */
    void sessionOver() {
        if (document != null) {
            document.close();
            document = null;
        }
        if (closing != null) {
            closing.close();
            closing = null;
        }
        materials = null;
    }

    void close() {
        sessionOver();
        worker.shutdownNow();
    }
}
