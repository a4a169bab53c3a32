package cn.remotewindow.signaling.record;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** The pictures attached to cases (documents, signatures), sealed; kept with the case, not purged with biometrics. */
public interface CasePictures {

    /**
     * Stores the picture and an audit entry for it; the future completes once both are committed.
     * Storing the same picture id and attempt again changes nothing.
     */
    CompletableFuture<Void> store(StoredPicture picture);

    Optional<StoredPicture> find(String pictureId, int attempt);
}
