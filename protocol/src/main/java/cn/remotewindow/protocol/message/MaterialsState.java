package cn.remotewindow.protocol.message;

import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.WireType;
import java.util.List;

/**
 * The whole checklist of the session's item as it stands, in the catalogue's order: the reply to
 * {@code materials.mark}, and pushed to the lead and the kiosk on every change.
 */
@WireType(value = "materials.state", sentBy = Role.SERVER, needsSession = true)
public record MaterialsState(String itemCode, List<MaterialEntry> materials) implements Message {
}
