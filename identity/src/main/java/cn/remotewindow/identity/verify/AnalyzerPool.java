package cn.remotewindow.identity.verify;

import cn.remotewindow.identity.IdentitySettings;
import cn.remotewindow.identity.face.FaceAnalyzer;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * A fixed set of {@link FaceAnalyzer}s (each thread-confined), lent out one per decision. All are built
 * up front, so a tampered model stops the judge from being created at all rather than failing later.
 */
final class AnalyzerPool {

    private final BlockingQueue<FaceAnalyzer> idle;

    AnalyzerPool(IdentitySettings settings) {
        idle = new ArrayBlockingQueue<>(settings.analyzers());
        for (int i = 0; i < settings.analyzers(); i++) {
            idle.add(new FaceAnalyzer(settings));
        }
    }

    /** Waits until an analyser is free. */
    FaceAnalyzer borrow() throws InterruptedException {
        return idle.take();
    }

    void giveBack(FaceAnalyzer analyzer) {
        idle.add(analyzer);
    }
}
