package cn.remotewindow.signaling.session;

import static org.assertj.core.api.Assertions.assertThat;

import cn.remotewindow.protocol.message.Priority;
import cn.remotewindow.protocol.message.SessionPhase;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * What every {@link SessionStore} does. {@link #here()} and {@link #there()} are two nodes' stores
 * of one service (for the in-memory store: the same store twice).
 */
public abstract class SessionStoreContract {

    protected abstract SessionStore here();

    protected abstract SessionStore there();

    protected static Session session(String id, String kioskId) {
        return Session.requested(id, new SessionRequest(kioskId, "自助终端 " + kioskId, "红旗区", "ITEM-1", "PSB", null,
                Priority.NORMAL, "PSB", 7, Instant.parse("2026-12-07T02:00:00Z"), null));
    }

    @Test
    void aCreatedSessionIsThereAndItsKioskHasItOpen() {
        assertThat(here().create(session("c-1", "k-1"))).isTrue();
        assertThat(here().get("c-1")).map(Session::phase).contains(SessionPhase.REQUESTED);
        assertThat(here().openSessionOfKiosk("k-1")).contains("c-1");
        assertThat(there().openSessionOfKiosk("k-1")).as("seen from the other node").contains("c-1");
        assertThat(here().all()).extracting(Session::id).contains("c-1");
    }

    @Test
    void aKioskHasOneOpenSessionWhicheverNodeAsks() {
        assertThat(here().create(session("o-1", "k-2"))).isTrue();
        assertThat(here().create(session("o-2", "k-2"))).isFalse();
        assertThat(there().create(session("o-3", "k-2"))).isFalse();
        assertThat(there().get("o-3")).isEmpty();
    }

    @Test
    void aChangeIsKeptAndSeenFromTheOtherNode() {
        here().create(session("p-1", "k-3"));
        Session queued = here().get("p-1").orElseThrow().queued();
        here().put(queued);
        assertThat(here().get("p-1")).contains(queued);
        assertThat(there().find("p-1")).contains(queued);
    }

    @Test
    void removingFreesTheKioskForANewRequest() {
        here().create(session("r-1", "k-4"));
        here().remove("r-1");
        assertThat(here().get("r-1")).isEmpty();
        assertThat(there().find("r-1")).isEmpty();
        assertThat(there().openSessionOfKiosk("k-4")).isEmpty();
        assertThat(there().create(session("r-2", "k-4"))).isTrue();
    }

    @Test
    void aSessionUnknownEverywhereIsNotFound() {
        assertThat(here().get("none")).isEmpty();
        assertThat(here().find("none")).isEmpty();
        assertThat(here().openSessionOfKiosk("k-none")).isEmpty();
    }
}
