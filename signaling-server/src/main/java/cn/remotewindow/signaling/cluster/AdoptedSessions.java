package cn.remotewindow.signaling.cluster;

import cn.remotewindow.signaling.session.Session;

/** What a node does with a session it has just taken over: carry on its timers, bring its parties back in. */
@FunctionalInterface
public interface AdoptedSessions {

    /** Session thread; the session is in this node's store already. */
    void adopted(Session session, String fromNode);
}
