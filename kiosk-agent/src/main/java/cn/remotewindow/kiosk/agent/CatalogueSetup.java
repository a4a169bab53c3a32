package cn.remotewindow.kiosk.agent;

import cn.remotewindow.kiosk.config.KioskConfig;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Where the kiosk keeps the server's catalogue between runs, and how often it reads it again.
 *
 * @param cacheFile the kept copy; null: none (tests)
 * @param refreshEvery the catalogue is also read at every connection; this catches an admin's import
 *     while the kiosk stays connected
 */
public record CatalogueSetup(Path cacheFile, Duration refreshEvery) {

    public static final CatalogueSetup DEFAULTS = new CatalogueSetup(null, Duration.ofMinutes(10));

    public static CatalogueSetup configured(KioskConfig.Catalogue config) {
        return new CatalogueSetup(config.cacheFile(), config.refreshEvery());
    }
}
