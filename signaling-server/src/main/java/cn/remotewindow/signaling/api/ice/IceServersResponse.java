package cn.remotewindow.signaling.api.ice;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** RTCConfiguration.iceServers for the caller, and how long the TURN credentials last. */
public record IceServersResponse(List<IceServerView> iceServers, long ttlSeconds) {

    /** One entry; username and credential only for TURN. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record IceServerView(List<String> urls, String username, String credential) {
    }
}
