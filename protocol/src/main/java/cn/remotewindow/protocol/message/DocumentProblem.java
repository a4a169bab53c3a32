package cn.remotewindow.protocol.message;

import cn.remotewindow.protocol.Fields;
import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.WireType;

/** The kiosk cannot deliver the requested document; the request ends and the expert is told why. */
@WireType(value = "document.problem", sentBy = Role.KIOSK, needsSession = true)
public record DocumentProblem(String documentId, CaptureProblem problem, String detail) implements Message {

    public DocumentProblem {
        Fields.code(documentId, "documentId");
        Fields.required(problem, "problem");
        Fields.maxLength(detail, "detail", 200);
    }
}
