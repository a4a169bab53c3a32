package cn.remotewindow.protocol.message;

import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.WireType;

/** The rating was recorded against the session; correlated with the rating.submit. */
@WireType(value = "rating.recorded", sentBy = Role.SERVER, needsSession = true)
public record RatingRecorded(Satisfaction level) implements Message {
}
