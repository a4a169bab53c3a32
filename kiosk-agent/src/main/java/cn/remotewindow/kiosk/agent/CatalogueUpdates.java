package cn.remotewindow.kiosk.agent;

import cn.remotewindow.kiosk.link.CatalogueReply;
import cn.remotewindow.kiosk.screen.ServiceCatalogue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the kiosk's service choice in step with the server's catalogue (事项清单): reads it at every
 * connection and every {@code refreshEvery} after (with the entity tag, so an unchanged catalogue
 * costs a 304), and keeps the last one in a cache file, so that a kiosk that starts while the server
 * is away still shows the city's services rather than nothing. Fetches run on a thread of their own;
 * a new catalogue is handed to {@code arrived}, which hops to the agent's thread.
 */
final class CatalogueUpdates implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(CatalogueUpdates.class);

    private final Path cacheFile;
    private final Duration refreshEvery;
    private final Consumer<ServiceCatalogue> arrived;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "kiosk-catalogue");
        t.setDaemon(true);
        return t;
    });
    /** Touched only on the fetch thread. */
    private String etag;
    private volatile KioskAgent.Link link;

    /**
     * @param cacheFile where the last catalogue is kept; null: nowhere (tests)
     */
    CatalogueUpdates(Path cacheFile, Duration refreshEvery, Consumer<ServiceCatalogue> arrived) {
        this.cacheFile = cacheFile;
        this.refreshEvery = refreshEvery;
        this.arrived = arrived;
    }

    /** The catalogue kept from an earlier run, or null when there is none the kiosk can show. */
    ServiceCatalogue cached() {
        if (cacheFile == null || !Files.isReadable(cacheFile)) {
            return null;
        }
        try {
            CatalogueJson.Read read = CatalogueJson.read(Files.readAllBytes(cacheFile));
            log.info("showing the catalogue {} kept in {} until the server's arrives", read.version(), cacheFile);
            return read.catalogue();
        } catch (IOException | CatalogueJson.Unreadable e) {
            log.warn("the kept catalogue {} cannot be used ({}); waiting for the server's", cacheFile, e.getMessage());
            return null;
        }
    }

    /** Starts the periodic refresh over this link. */
    void start(KioskAgent.Link serverLink) {
        this.link = serverLink;
        long every = Math.max(1000, refreshEvery.toMillis());
        thread.scheduleWithFixedDelay(() -> {
            if (serverLink.isUp()) {
                fetch();
            }
        }, every, every, TimeUnit.MILLISECONDS);
    }

    /** Reads the catalogue now (the link just came up). */
    void refresh() {
        if (link != null && !thread.isShutdown()) {
            thread.execute(this::fetch);
        }
    }

    private void fetch() {
        CatalogueReply reply;
        try {
            reply = link.catalogue(etag);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } catch (RuntimeException e) {
            log.warn("reading the catalogue failed", e);
            return;
        }
        if (reply.unchanged()) {
            log.debug("catalogue unchanged ({})", etag);
            return;
        }
        if (!reply.fresh()) {
            log.warn("the server did not give the catalogue ({}); keeping the one shown", reply);
            return;
        }
        CatalogueJson.Read read;
        try {
            read = CatalogueJson.read(reply.body());
        } catch (CatalogueJson.Unreadable e) {
            log.warn("the server's catalogue cannot be shown ({}); keeping the one shown", e.getMessage());
            return;
        }
        etag = reply.etag();
        log.info("catalogue {} from the server: {}", read.version(), read.catalogue());
        keep(reply.body());
        arrived.accept(read.catalogue());
    }

    private void keep(byte[] body) {
        if (cacheFile == null) {
            return;
        }
        try {
            Path dir = cacheFile.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, ".catalogue", ".tmp");
            Files.write(temp, body);
            // Whole or not at all: a kiosk switched off mid-write still finds the previous copy.
            Files.move(temp, cacheFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            log.warn("cannot keep the catalogue in {}: {}", cacheFile, e.getMessage());
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
