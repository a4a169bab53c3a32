package cn.remotewindow.signaling.api.sessions;

import java.util.List;

/** The expert's sessions, the most recently accepted first. */
public record SessionList(List<SessionView> sessions) {
}
