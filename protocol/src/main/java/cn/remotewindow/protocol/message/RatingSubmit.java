package cn.remotewindow.protocol.message;

import cn.remotewindow.protocol.Fields;
import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.WireType;

/** The citizen's 好差评 of an ended session, from its kiosk, once, within the rating window. */
@WireType(value = "rating.submit", sentBy = Role.KIOSK, needsSession = true)
public record RatingSubmit(Satisfaction level, String comment) implements Message {
    public static final int MAX_COMMENT = 500;

    public RatingSubmit {
        Fields.required(level, "level");
        Fields.maxLength(comment, "comment", MAX_COMMENT);
    }
}
