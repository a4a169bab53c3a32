package cn.remotewindow.kiosk.config;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Reads the configuration: defaults, then the properties file, then environment variables
 * ({@code kiosk.id} is overridden by {@code WINDOW_KIOSK_ID}: upper case, dots and dashes as
 * underscores, prefixed {@code WINDOW_}). Every problem is reported at once, with the key and what
 * is wrong, so that a technician can fix the file in one go.
 */
public final class KioskConfigLoader {

    static final String[][] DEFAULTS = {
            {"server.http-url", "http://localhost:8080"},
            {"kiosk.id", ""},
            {"kiosk.secret", ""},
            {"kiosk.district", ""},
            {"media.camera", "synthetic"},
            {"media.microphone", "synthetic"},
            {"media.document-camera", ""},
            {"media.document-file", ""},
            {"receipt.printer", ""},
            {"receipt.directory", "receipts"},
            {"catalogue.cache-file", "catalogue-cache.json"},
            {"catalogue.refresh", "10m"},
            {"media.width", "640"},
            {"media.height", "480"},
            {"media.fps", "30"},
            {"reconnect.initial-delay", "1s"},
            {"reconnect.max-delay", "30s"},
            {"reconnect.jitter", "0.2"},
            {"screen.mode", "window"},
            {"screen.language", "zh-CN"},
            {"screen.full-screen", "true"},
            {"identity.card-reader", "none"},
            {"identity.card-file", ""},
            {"identity.card-photo", ""},
            {"identity.read-timeout", "30s"},
            {"identity.prompt-time", "1200ms"},
            {"identity.result-time", "10s"},
    };

    private final Map<String, String> environment;

    public KioskConfigLoader(Map<String, String> environment) {
        this.environment = environment;
    }

    /** @param file the properties file, or null for defaults and environment only */
    public KioskConfig load(Path file) {
        Properties values = new Properties();
        for (String[] entry : DEFAULTS) {
            values.setProperty(entry[0], entry[1]);
        }
        List<String> problems = new ArrayList<>();
        if (file != null) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                Properties fromFile = new Properties();
                fromFile.load(reader);
                for (String key : fromFile.stringPropertyNames()) {
                    if (!values.containsKey(key)) {
                        problems.add(key + ": unknown setting (check the spelling; see kiosk-agent/README.md)");
                    }
                    values.setProperty(key, fromFile.getProperty(key).trim());
                }
            } catch (IOException e) {
                throw new KioskConfigException(List.of(file + ": cannot be read (" + e.getMessage() + ")"));
            }
        }
        for (String[] entry : DEFAULTS) {
            String override = environment.get(environmentName(entry[0]));
            if (override != null) {
                values.setProperty(entry[0], override.trim());
            }
        }
        Reading reading = new Reading(values, problems);
        KioskConfig config = new KioskConfig(
                new KioskConfig.Server(reading.httpUrl("server.http-url")),
                new KioskConfig.Device(reading.required("kiosk.id"), reading.required("kiosk.secret"),
                        reading.text("kiosk.district")),
                new KioskConfig.Media(reading.text("media.camera"), reading.text("media.microphone"),
                        reading.text("media.document-camera"),
                        reading.integer("media.width", 160, 1920), reading.integer("media.height", 120, 1080),
                        reading.integer("media.fps", 1, 60)),
                new KioskConfig.Reconnect(reading.duration("reconnect.initial-delay"),
                        reading.duration("reconnect.max-delay"), reading.fraction("reconnect.jitter")),
                new KioskConfig.Screen(reading.mode("screen.mode"), reading.language("screen.language"),
                        reading.bool("screen.full-screen")),
                reading.identity(),
                new KioskConfig.CaseFile(reading.readableFile("media.document-file"), reading.text("receipt.printer"),
                        java.nio.file.Path.of(reading.text("receipt.directory").isBlank() ? "receipts"
                                : reading.text("receipt.directory"))),
                new KioskConfig.Catalogue(java.nio.file.Path.of(reading.text("catalogue.cache-file").isBlank()
                        ? "catalogue-cache.json" : reading.text("catalogue.cache-file")),
                        reading.duration("catalogue.refresh")));
        if (!problems.isEmpty()) {
            throw new KioskConfigException(problems);
        }
        return config;
    }

    static String environmentName(String key) {
        return "WINDOW_" + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    /** Converts values, collecting problems instead of stopping at the first. */
    private record Reading(Properties values, List<String> problems) {

        String text(String key) {
            return values.getProperty(key, "");
        }

        String required(String key) {
            String value = text(key);
            if (value.isBlank()) {
                problems.add(key + ": required (set it in the file or as " + environmentName(key) + ")");
            }
            return value;
        }

        URI httpUrl(String key) {
            String value = text(key);
            try {
                URI uri = URI.create(value);
                if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                    return uri;
                }
            } catch (IllegalArgumentException e) {
                // reported below
            }
            problems.add(key + ": '" + value + "' is not an http:// or https:// address");
            return URI.create("http://invalid");
        }

        int integer(String key, int min, int max) {
            String value = text(key);
            try {
                int number = Integer.parseInt(value);
                if (number >= min && number <= max) {
                    return number;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            problems.add(key + ": '" + value + "' must be a whole number from " + min + " to " + max);
            return min;
        }

        double fraction(String key) {
            String value = text(key);
            try {
                double number = Double.parseDouble(value);
                if (number >= 0 && number <= 1) {
                    return number;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            problems.add(key + ": '" + value + "' must be a number from 0 to 1");
            return 0;
        }

        boolean bool(String key) {
            String value = text(key);
            if (!"true".equalsIgnoreCase(value) && !"false".equalsIgnoreCase(value)) {
                problems.add(key + ": '" + value + "' must be true or false");
            }
            return Boolean.parseBoolean(value);
        }

        Duration duration(String key) {
            String value = text(key);
            try {
                if (value.matches("\\d+ms")) {
                    return Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2)));
                }
                if (value.matches("\\d+[smh]")) {
                    return Duration.parse("PT" + value.toUpperCase(Locale.ROOT));
                }
            } catch (DateTimeParseException | NumberFormatException e) {
                // reported below
            }
            problems.add(key + ": '" + value + "' must be a duration such as 500ms, 2s, 1m");
            return Duration.ofSeconds(1);
        }

        KioskConfig.Identity identity() {
            KioskConfig.CardReaderKind reader;
            String kind = text("identity.card-reader");
            try {
                reader = KioskConfig.CardReaderKind.valueOf(kind.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add("identity.card-reader: '" + kind + "' must be none or file");
                reader = KioskConfig.CardReaderKind.NONE;
            }
            Path card = readableFile("identity.card-file");
            Path photo = readableFile("identity.card-photo");
            if ((card == null) != (photo == null)) {
                problems.add("identity.card-file, identity.card-photo: set both (a card of your own) or neither"
                        + " (the built-in demo card)");
            }
            return new KioskConfig.Identity(reader, card, photo,
                    durationWithin("identity.read-timeout", Duration.ofSeconds(5), Duration.ofMinutes(2)),
                    durationWithin("identity.prompt-time", Duration.ofMillis(500), Duration.ofSeconds(5)),
                    durationWithin("identity.result-time", Duration.ofSeconds(2), Duration.ofMinutes(1)));
        }

        /** A file that must be readable when given; null when blank. */
        Path readableFile(String key) {
            String value = text(key);
            if (value.isBlank()) {
                return null;
            }
            Path file = Path.of(value);
            if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
                problems.add(key + ": '" + value + "' is not a readable file");
            }
            return file;
        }

        Duration durationWithin(String key, Duration min, Duration max) {
            int before = problems.size();
            Duration value = duration(key);
            if (problems.size() == before && (value.compareTo(min) < 0 || value.compareTo(max) > 0)) {
                problems.add(key + ": '" + text(key) + "' must be from " + words(min) + " to " + words(max));
            }
            return value;
        }

        private static String words(Duration duration) {
            return duration.toMillis() % 1000 != 0 ? duration.toMillis() + "ms"
                    : duration.toSeconds() % 60 != 0 ? duration.toSeconds() + "s" : duration.toMinutes() + "m";
        }

        KioskConfig.ScreenMode mode(String key) {
            String value = text(key);
            try {
                return KioskConfig.ScreenMode.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(key + ": '" + value + "' must be window or headless");
                return KioskConfig.ScreenMode.HEADLESS;
            }
        }

        Locale language(String key) {
            String value = text(key);
            if (!value.equals("zh-CN") && !value.equals("en")) {
                problems.add(key + ": '" + value + "' must be zh-CN or en");
                return Locale.SIMPLIFIED_CHINESE;
            }
            return Locale.forLanguageTag(value);
        }
    }
}
