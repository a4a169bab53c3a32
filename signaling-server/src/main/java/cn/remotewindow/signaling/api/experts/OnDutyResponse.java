package cn.remotewindow.signaling.api.experts;

import cn.remotewindow.protocol.message.ExpertState;
import java.util.List;

/**
 * @param experts every expert signed on now, by id
 * @param skills  every skill at least one of them holds, sorted: the skills a transfer can go to
 */
public record OnDutyResponse(List<Colleague> experts, List<String> skills) {

    /** @param state AVAILABLE, BUSY or AWAY, as the waiting picture shows it */
    public record Colleague(String id, String displayName, List<String> skills, ExpertState state) {
    }
}
