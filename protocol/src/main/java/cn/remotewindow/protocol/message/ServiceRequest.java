package cn.remotewindow.protocol.message;

import cn.remotewindow.protocol.ErrorCode;
import cn.remotewindow.protocol.Fields;
import cn.remotewindow.protocol.ProtocolException;
import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.WireType;

/**
 * A citizen at a kiosk asks for an expert. The district is never taken from here: it comes from
 * the kiosk's token, so a kiosk cannot claim another district.
 */
@WireType(value = "service.request", sentBy = Role.KIOSK)
public record ServiceRequest(String itemCode, String departmentCode, String caseNumber, Priority priority)
        implements Message {
    public ServiceRequest {
        Fields.optionalCode(itemCode, "itemCode");
        Fields.optionalCode(departmentCode, "departmentCode");
        Fields.optionalCode(caseNumber, "caseNumber");
        if (itemCode == null && departmentCode == null) {
            throw new ProtocolException(ErrorCode.MISSING_FIELD, "'itemCode' or 'departmentCode' is required");
        }
        priority = priority == null ? Priority.NORMAL : priority;
    }

    /** The skill that routes this request: the item when given, else the department. */
    public String skill() {
        return itemCode != null ? itemCode : departmentCode;
    }
}
