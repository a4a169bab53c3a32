package cn.remotewindow.signaling.record;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Case pictures in memory, for tests of what uses them; the server keeps them in the records database. */
public final class InMemoryCasePictures implements CasePictures {

    private final ConcurrentMap<String, StoredPicture> pictures = new ConcurrentHashMap<>();

    @Override
    public CompletableFuture<Void> store(StoredPicture picture) {
        pictures.putIfAbsent(key(picture.pictureId(), picture.attempt()), picture);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public Optional<StoredPicture> find(String pictureId, int attempt) {
        return Optional.ofNullable(pictures.get(key(pictureId, attempt)));
    }

    private static String key(String id, int attempt) {
        return id + "#" + attempt;
    }
}
