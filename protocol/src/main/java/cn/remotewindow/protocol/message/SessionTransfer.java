package cn.remotewindow.protocol.message;

import cn.remotewindow.protocol.ErrorCode;
import cn.remotewindow.protocol.Fields;
import cn.remotewindow.protocol.ProtocolException;
import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.WireType;

/**
 * The expert in the call hands the citizen over (转办): to whoever serves another skill, or to one
 * named expert. The kiosk stays in its session and is served next; the sending expert leaves.
 *
 * @param note       a handover note for the next expert ("also needs a residence permit"), shown
 *                   in their ring and case panel
 * @param caseNumber the case number (办件编号) as the expert has it, if the kiosk did not send one
 *                   or it was corrected: the next expert's request carries it
 */
@WireType(value = "session.transfer", sentBy = Role.EXPERT, needsSession = true)
public record SessionTransfer(String toSkill, String toExpert, String note, String caseNumber) implements Message {
    public SessionTransfer {
        Fields.optionalCode(caseNumber, "caseNumber");
        Fields.optionalCode(toSkill, "toSkill");
        Fields.optionalCode(toExpert, "toExpert");
        if ((toSkill == null) == (toExpert == null)) {
            throw new ProtocolException(toSkill == null ? ErrorCode.MISSING_FIELD : ErrorCode.INVALID_FIELD,
                    "exactly one of 'toSkill' and 'toExpert' is required");
        }
        Fields.maxLength(note, "note", 200);
    }
}
