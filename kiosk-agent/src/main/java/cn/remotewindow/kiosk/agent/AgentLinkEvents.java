package cn.remotewindow.kiosk.agent;

import cn.remotewindow.kiosk.link.LinkListener;
import cn.remotewindow.kiosk.link.LinkProblem;
import cn.remotewindow.protocol.Envelope;
import cn.remotewindow.protocol.message.AuthOk;
import java.time.Duration;

/** The server link's events, moved onto the agent's thread. */
final class AgentLinkEvents implements LinkListener {

    private final KioskAgent agent;

    AgentLinkEvents(KioskAgent agent) {
        this.agent = agent;
    }

    @Override
    public void onUp(AuthOk identity) {
        agent.onAgent(() -> agent.flow().linkUp(identity));
        agent.linkUp();
    }

    @Override
    public void onMessage(Envelope envelope) {
        agent.onAgent(() -> agent.flow().message(envelope));
    }

    @Override
    public void onDown(LinkProblem problem, int attempt, Duration retryIn) {
        agent.onAgent(() -> agent.flow().linkDown(problem));
    }
}
