package cn.remotewindow.kiosk.media;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Records what a peer reports and passes descriptions and candidates on to a relay, which in the
 * tests is the other peer (no server in between).
 */
final class PeerEvents implements PeerListener {

    final List<SessionDescription> descriptions = new CopyOnWriteArrayList<>();
    final List<IceCandidate> candidates = new CopyOnWriteArrayList<>();
    final List<PeerState> states = new CopyOnWriteArrayList<>();
    final List<String> messages = new CopyOnWriteArrayList<>();
    final List<RemoteVideo> videos = new CopyOnWriteArrayList<>();
    final List<RemoteVideo> endedVideos = new CopyOnWriteArrayList<>();
    final List<RemoteAudio> audios = new CopyOnWriteArrayList<>();
    volatile boolean controlOpen;
    volatile Consumer<SessionDescription> descriptionRelay = d -> { };
    volatile Consumer<IceCandidate> candidateRelay = c -> { };
    volatile Consumer<String> messageHandler = m -> { };

    @Override
    public void onLocalDescription(SessionDescription description) {
        descriptions.add(description);
        descriptionRelay.accept(description);
    }

    @Override
    public void onLocalCandidate(IceCandidate candidate) {
        candidates.add(candidate);
        candidateRelay.accept(candidate);
    }

    @Override
    public void onConnectionState(PeerState state) {
        states.add(state);
    }

    @Override
    public void onControlOpen() {
        controlOpen = true;
    }

    @Override
    public void onMessage(String text) {
        messages.add(text);
        messageHandler.accept(text);
    }

    @Override
    public void onRemoteVideo(RemoteVideo video) {
        videos.add(video);
    }

    @Override
    public void onRemoteVideoEnded(RemoteVideo video) {
        endedVideos.add(video);
    }

    @Override
    public void onRemoteAudio(RemoteAudio audio) {
        audios.add(audio);
    }

    boolean connected() {
        return !states.isEmpty() && states.get(states.size() - 1) == PeerState.CONNECTED;
    }

    RemoteVideo camera() {
        return videos.stream().filter(v -> !v.isScreen() && !v.ended()).findFirst().orElse(null);
    }

    RemoteVideo screen() {
        return videos.stream().filter(v -> v.isScreen() && !v.ended()).reduce((a, b) -> b).orElse(null);
    }
}
