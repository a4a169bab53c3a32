package cn.remotewindow.protocol.message;

import cn.remotewindow.protocol.ErrorCode;
import cn.remotewindow.protocol.Fields;
import cn.remotewindow.protocol.ProtocolException;
import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.WireType;

/**
 * The lead expert marks one material of the item's checklist. The server checks the code against
 * the catalogue and that only a deferrable material is PROMISED (容缺).
 *
 * @param promisedDate PROMISED only, and required then: {@code YYYY-MM-DD}, today or later
 * @param note         e.g. 原件已核验; blank counts as absent
 */
@WireType(value = "materials.mark", sentBy = Role.EXPERT, needsSession = true)
public record MaterialsMark(String materialCode, MaterialStatus status, String promisedDate, String note)
        implements Message {

    public static final int MAX_NOTE = 200;

    public MaterialsMark {
        Fields.code(materialCode, "materialCode");
        Fields.required(status, "status");
        if (status == MaterialStatus.PROMISED) {
            if (promisedDate == null) {
                throw new ProtocolException(ErrorCode.MISSING_FIELD,
                        "'promisedDate' is required for PROMISED: the date the citizen promises to bring it");
            }
            Fields.date(promisedDate, "promisedDate");
        } else if (promisedDate != null) {
            throw new ProtocolException(ErrorCode.INVALID_FIELD, "'promisedDate' is only for PROMISED, not " + status);
        }
        note = Fields.maxLength(note, "note", MAX_NOTE);
        note = note == null || note.isBlank() ? null : note.strip();
    }
}
