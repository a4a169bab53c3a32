package cn.remotewindow.protocol.message;

import cn.remotewindow.protocol.Fields;
import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.WireType;

/** The kiosk cannot complete the verification; the expert is told why and what to do. */
@WireType(value = "verify.problem", sentBy = Role.KIOSK, needsSession = true)
public record VerifyProblem(String verificationId, KioskVerifyProblem problem, String detail) implements Message {
    public VerifyProblem {
        Fields.code(verificationId, "verificationId");
        Fields.required(problem, "problem");
        Fields.maxLength(detail, "detail", 200);
    }
}
