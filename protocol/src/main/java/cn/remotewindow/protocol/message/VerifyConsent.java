package cn.remotewindow.protocol.message;

import cn.remotewindow.protocol.Fields;
import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.WireType;

/** The citizen's answer to the consent question, recorded with its time. */
@WireType(value = "verify.consent", sentBy = Role.KIOSK, needsSession = true)
public record VerifyConsent(String verificationId, Consent consent) implements Message {
    public VerifyConsent {
        Fields.code(verificationId, "verificationId");
        Fields.required(consent, "consent");
    }
}
