package cn.remotewindow.kiosk.agent;

import cn.remotewindow.kiosk.link.CaseFileCall;
import cn.remotewindow.kiosk.link.CaseFileReply;
import cn.remotewindow.protocol.message.Message;
import java.io.IOException;

/** What the case file needs from the agent: the session's outbox, the HTTP side, the document camera. */
interface CaseFileHost {

    /** Sends a message of the session (through the outbox: held while the link is down). */
    void send(String session, Message message);

    /** One HTTP exchange; blocking, called on a worker thread. */
    CaseFileReply http(CaseFileCall call) throws InterruptedException;

    /** Opens the document camera (the file source, the named camera, or the call's camera). */
    DocumentCamera openCamera() throws IOException;
}
