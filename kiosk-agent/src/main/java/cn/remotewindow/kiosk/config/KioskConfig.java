package cn.remotewindow.kiosk.config;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;

/**
 * The kiosk agent's whole configuration, as one typed tree. Loaded by {@link KioskConfigLoader}
 * from a properties file with environment overrides; kiosk-agent/README.md lists every key.
 */
public record KioskConfig(Server server, Device device, Media media, Reconnect reconnect, Screen screen,
                          Identity identity, CaseFile caseFile, Catalogue catalogue) {

    public KioskConfig(Server server, Device device, Media media, Reconnect reconnect, Screen screen, Identity identity) {
        this(server, device, media, reconnect, screen, identity, CaseFile.DEFAULTS, Catalogue.DEFAULTS);
    }

    /**
     * The service-item catalogue the choice screen offers comes from the server; the kiosk keeps the
     * last one it read.
     *
     * @param cacheFile where the last catalogue is kept, so a kiosk started while the server is away still offers it
     * @param refreshEvery how often it is read again while connected (also at every connection)
     */
    public record Catalogue(java.nio.file.Path cacheFile, java.time.Duration refreshEvery) {
        public static final Catalogue DEFAULTS =
                new Catalogue(java.nio.file.Path.of("catalogue-cache.json"), java.time.Duration.ofMinutes(10));
    }

    /**
     * The case file in the call: where document pictures come from when not from a camera, and
     * where receipts are printed.
     *
     * @param documentFile an image file that stands in for the document camera (demos, tests); null: a camera
     * @param receiptPrinter the printer's name as the system knows it (javax.print); blank: no printer,
     *     receipts are written to {@code receiptDirectory}
     * @param receiptDirectory where receipts go without a printer
     */
    public record CaseFile(java.nio.file.Path documentFile, String receiptPrinter, java.nio.file.Path receiptDirectory) {
        public static final CaseFile DEFAULTS = new CaseFile(null, "", java.nio.file.Path.of("receipts"));
    }

    /** Where the signaling server is. */
    public record Server(URI httpUrl) {
    }

    /**
     * This kiosk's identity: its id and the device secret provisioned on it, and the district it
     * is installed in. The server's account decides the district (a kiosk cannot claim another);
     * the configured one is what the installer expects, checked against it (blank: not checked).
     */
    public record Device(String kioskId, String secret, String district) {

        public Device(String kioskId, String secret) {
            this(kioskId, secret, "");
        }

        /** True when a district is configured and the server's account names another one. */
        public boolean districtDiffers(String serverDistrict) {
            return district != null && !district.isBlank() && !district.equals(serverDistrict);
        }

        @Override
        public String toString() {
            return "Device[kioskId=" + kioskId + ", secret=***" + (district.isBlank() ? "" : ", district=" + district) + "]";
        }
    }

    /**
     * Cameras and microphone by name ("synthetic" for the built-in test pattern and tone), and the
     * caps on what is sent.
     */
    public record Media(String camera, String microphone, String documentCamera, int width, int height, int fps) {
    }

    /** Back-off after a lost connection: initial delay, doubled each time, capped, with jitter. */
    public record Reconnect(Duration initialDelay, Duration maxDelay, double jitter) {

        /** The delay before attempt n (1-based), without jitter. */
        public Duration delayBefore(int attempt) {
            long millis = initialDelay.toMillis();
            for (int i = 1; i < attempt && millis < maxDelay.toMillis(); i++) {
                millis *= 2;
            }
            return Duration.ofMillis(Math.min(millis, maxDelay.toMillis()));
        }
    }

    /**
     * The citizen's screen.
     *
     * @param mode WINDOW (full-screen Swing) or HEADLESS (no window; another front end drives the kiosk)
     */
    public record Screen(ScreenMode mode, Locale language, boolean fullScreen) {
    }

    public enum ScreenMode {
        WINDOW,
        HEADLESS
    }

    /**
     * Remote identity verification (远程身份核验): the ID card reader and the pace of the liveness
     * challenge.
     *
     * @param cardFile the card data (JSON) for the FILE reader; null: the built-in demo card
     * @param cardPhoto the chip photo (JPEG/PNG) for the FILE reader; null: the demo card's
     * @param readTimeout how long the citizen has to place the card, per attempt (two attempts)
     * @param promptTime how long each challenge prompt is shown before its frames are taken
     * @param resultTime how long the result (or a note) stays before the call screen returns
     */
    public record Identity(CardReaderKind cardReader, java.nio.file.Path cardFile, java.nio.file.Path cardPhoto,
                           Duration readTimeout, Duration promptTime, Duration resultTime) {
    }

    /** Which ID card reader the kiosk has. */
    public enum CardReaderKind {
        /** None: a verification is answered at once with a problem, and the expert checks by hand. */
        NONE,
        /** {@code identity.card-file} and {@code identity.card-photo} stand in for a reader (demos, tests). */
        FILE
    }
}
