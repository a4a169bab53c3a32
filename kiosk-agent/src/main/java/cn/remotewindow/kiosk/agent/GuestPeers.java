package cn.remotewindow.kiosk.agent;

import cn.remotewindow.kiosk.media.IceServer;
import cn.remotewindow.kiosk.media.MediaEngine;
import cn.remotewindow.kiosk.media.VideoFeed;
import cn.remotewindow.kiosk.screen.KioskScreen;
import cn.remotewindow.protocol.message.MediaState;
import cn.remotewindow.protocol.message.Message;
import cn.remotewindow.protocol.message.Peer;
import cn.remotewindow.protocol.message.Relayed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Predicate;

/**
 * The guests of one call (protocol 5.38, 5.39, 8.7): one {@link GuestPeer} per expert the lead
 * invited, opened on {@code party.joined}, closed on {@code party.left}, and made to match
 * {@code session.resumed.others} after the kiosk was away. It also decides which of the call's
 * negotiation messages are a guest's: those whose {@code from} names one. Runs on the agent's
 * thread.
 */
final class GuestPeers {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(GuestPeers.class);

    /** What a new guest peer needs from the call. */
    interface Opener {
        GuestPeer open(String guestId);
    }

    private final String leadId;
    private final KioskScreen screen;
    private final Opener opener;
    private final Map<String, GuestPeer> peers = new LinkedHashMap<>();
    private final Map<String, String> names = new LinkedHashMap<>();
    private final java.util.function.Supplier<MediaState> kioskState;
    private boolean closed;

    /** @param kioskState the kiosk's microphone, camera and screen as a guest is told of them */
    GuestPeers(String leadId, KioskScreen screen, Opener opener, java.util.function.Supplier<MediaState> kioskState) {
        this.leadId = leadId;
        this.kioskState = kioskState;
        this.screen = screen;
        this.opener = opener;
    }

    static Opener opener(String sessionId, MediaEngine engine, LocalDevices devices, List<IceServer> iceServers,
                         java.util.function.BooleanSupplier muted, KioskScreen screen, Executor agentThread,
                         Predicate<Message> send) {
        return guestId -> new GuestPeer(sessionId, guestId, engine, devices, iceServers, muted.getAsBoolean(), screen,
                agentThread, send);
    }

    /**
     * {@code party.joined}: a peer toward the guest (unless one is open already), its first offer
     * and {@code media.state}. One that cannot open is logged: the call with the lead goes on.
     */
    void joined(Peer guest) {
        if (closed) {
            return;
        }
        if (!peers.containsKey(guest.id())) {
            GuestPeer peer;
            try {
                peer = opener.open(guest.id());
            } catch (RuntimeException e) {
                log.warn("no peer to guest {}; the call with the lead goes on", guest.id(), e);
                return;
            }
            peers.put(guest.id(), peer);
            peer.sendMediaState(kioskState.get());
        }
        names.put(guest.id(), guest.displayName());
        showNames();
    }

    /** {@code party.left}: that guest's peer only. */
    void left(String guestId) {
        GuestPeer peer = peers.remove(guestId);
        names.remove(guestId);
        if (peer != null) {
            peer.close();
        }
        showNames();
    }

    /**
     * {@code session.resumed}: {@code others} is who is in the call now; party.joined and
     * party.left sent while the kiosk was away were not kept. Peers kept are told signaling is back.
     */
    void resumed(List<Peer> others) {
        List<Peer> present = others == null ? List.of() : others;
        for (String id : new ArrayList<>(peers.keySet())) {
            if (present.stream().noneMatch(p -> p.id().equals(id))) {
                left(id);
            } else {
                peers.get(id).signalingBack();
            }
        }
        present.forEach(this::joined);
    }

    /**
     * Hands a guest's negotiation message to the guest's peer.
     *
     * @return false when it is the lead's (no {@code from}, or the lead's id): for the lead's peer.
     *     A message from a guest who is gone is dropped here, never handed to the lead's peer.
     */
    boolean route(Message message) {
        if (!(message instanceof Relayed relayed) || relayed.sender() == null || relayed.sender().equals(leadId)) {
            return false;
        }
        GuestPeer peer = peers.get(relayed.sender());
        if (peer != null && !(message instanceof MediaState)) {
            peer.onSignal(message);
        }
        return true;
    }

    void setMuted(boolean muted) {
        peers.values().forEach(p -> p.setMuted(muted));
    }

    void replaceCamera(VideoFeed camera) {
        peers.values().forEach(p -> p.replaceCamera(camera));
    }

    void sendMediaState(MediaState state) {
        peers.values().forEach(p -> p.sendMediaState(state));
    }

    boolean isEmpty() {
        return peers.isEmpty();
    }

    GuestPeer peer(String guestId) {
        return peers.get(guestId);
    }

    /** With the call: every guest's peer, and no new ones after. */
    void closeAll() {
        closed = true;
        new ArrayList<>(peers.keySet()).forEach(this::left);
    }

    private void showNames() {
        screen.showGuest(names.isEmpty() ? null : String.join("、", names.values()));
    }
}
