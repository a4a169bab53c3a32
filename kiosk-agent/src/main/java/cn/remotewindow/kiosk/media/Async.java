package cn.remotewindow.kiosk.media;

import dev.onvoid.webrtc.CreateSessionDescriptionObserver;
import dev.onvoid.webrtc.RTCAnswerOptions;
import dev.onvoid.webrtc.RTCOfferOptions;
import dev.onvoid.webrtc.RTCPeerConnection;
import dev.onvoid.webrtc.RTCSessionDescription;
import dev.onvoid.webrtc.RTCStatsReport;
import dev.onvoid.webrtc.SetSessionDescriptionObserver;
import java.util.concurrent.CompletableFuture;

/**
 * libwebrtc's callback-style operations as futures that complete on the peer thread, so that the
 * steps chained after them run there too and never on a native thread.
 */
final class Async {

    private final RTCPeerConnection pc;
    private final PeerThread thread;

    Async(RTCPeerConnection pc, PeerThread thread) {
        this.pc = pc;
        this.thread = thread;
    }

    CompletableFuture<RTCSessionDescription> createOffer(boolean iceRestart) {
        RTCOfferOptions options = new RTCOfferOptions();
        options.iceRestart = iceRestart;
        CompletableFuture<RTCSessionDescription> result = new CompletableFuture<>();
        pc.createOffer(options, created(result, "createOffer"));
        return result;
    }

    CompletableFuture<RTCSessionDescription> createAnswer() {
        CompletableFuture<RTCSessionDescription> result = new CompletableFuture<>();
        pc.createAnswer(new RTCAnswerOptions(), created(result, "createAnswer"));
        return result;
    }

    CompletableFuture<Void> setLocal(RTCSessionDescription description) {
        CompletableFuture<Void> result = new CompletableFuture<>();
        pc.setLocalDescription(description, set(result, "setLocalDescription"));
        return result;
    }

    CompletableFuture<Void> setRemote(RTCSessionDescription description) {
        CompletableFuture<Void> result = new CompletableFuture<>();
        pc.setRemoteDescription(description, set(result, "setRemoteDescription"));
        return result;
    }

    CompletableFuture<RTCStatsReport> stats() {
        CompletableFuture<RTCStatsReport> result = new CompletableFuture<>();
        pc.getStats(report -> thread.execute(() -> result.complete(report)));
        return result;
    }

    private CreateSessionDescriptionObserver created(CompletableFuture<RTCSessionDescription> result, String what) {
        return new CreateSessionDescriptionObserver() {
            @Override
            public void onSuccess(RTCSessionDescription description) {
                thread.execute(() -> result.complete(description));
            }

            @Override
            public void onFailure(String error) {
                thread.execute(() -> result.completeExceptionally(new NegotiationException(what + ": " + error)));
            }
        };
    }

    private SetSessionDescriptionObserver set(CompletableFuture<Void> result, String what) {
        return new SetSessionDescriptionObserver() {
            @Override
            public void onSuccess() {
                thread.execute(() -> result.complete(null));
            }

            @Override
            public void onFailure(String error) {
                thread.execute(() -> result.completeExceptionally(new NegotiationException(what + ": " + error)));
            }
        };
    }
}
