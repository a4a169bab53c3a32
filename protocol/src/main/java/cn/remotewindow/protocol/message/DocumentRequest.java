package cn.remotewindow.protocol.message;

import cn.remotewindow.protocol.Fields;
import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.WireType;

/**
 * The lead expert asks the kiosk for a picture of one material (a high-resolution still from the
 * document camera). A request while another of the session is open cancels the older one.
 *
 * @param note what to capture, shown to the citizen (请拍摄户口簿首页); blank counts as absent
 */
@WireType(value = "document.request", sentBy = Role.EXPERT, needsSession = true)
public record DocumentRequest(String materialCode, String note) implements Message {

    public static final int MAX_NOTE = 200;

    public DocumentRequest {
        Fields.code(materialCode, "materialCode");
        note = Fields.maxLength(note, "note", MAX_NOTE);
        note = note == null || note.isBlank() ? null : note.strip();
    }
}
