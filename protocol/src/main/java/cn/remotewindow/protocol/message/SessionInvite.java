package cn.remotewindow.protocol.message;

import cn.remotewindow.protocol.ErrorCode;
import cn.remotewindow.protocol.Fields;
import cn.remotewindow.protocol.ProtocolException;
import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.WireType;

/**
 * The lead expert of a connected call invites a second expert into it (一件事 across
 * departments): whoever of a skill is free now, or one named colleague. The invitation is never
 * queued; the lead hears how it goes from {@code invite.state}.
 *
 * @param note a note for the invited expert ("需要人社局确认社保缴纳"), shown in their ring
 */
@WireType(value = "session.invite", sentBy = Role.EXPERT, needsSession = true)
public record SessionInvite(String toSkill, String toExpert, String note) implements Message {
    public SessionInvite {
        Fields.optionalCode(toSkill, "toSkill");
        Fields.optionalCode(toExpert, "toExpert");
        if ((toSkill == null) == (toExpert == null)) {
            throw new ProtocolException(toSkill == null ? ErrorCode.MISSING_FIELD : ErrorCode.INVALID_FIELD,
                    "exactly one of 'toSkill' and 'toExpert' is required");
        }
        Fields.maxLength(note, "note", 200);
    }
}
