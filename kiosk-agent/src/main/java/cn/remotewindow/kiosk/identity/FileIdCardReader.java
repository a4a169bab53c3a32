package cn.remotewindow.kiosk.identity;

import cn.remotewindow.protocol.identity.IdCardFacts;
import cn.remotewindow.protocol.identity.Sex;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A stand-in for an ID card reader, for demos and tests: "the card on the reader" is a JSON file of
 * the card data (the fields of {@link IdCardFacts}) and an image file of the chip photo. There is no
 * reader hardware on the machines this project is built and tested on; a kiosk in service uses its
 * certified reader's SDK behind {@link IdCardReader} instead.
 *
 * <pre>
 * {"name": "王芳", "sex": "FEMALE", "birthDate": "1949-12-31", "idNumber": "11010519491231002X",
 *  "validFrom": "2016-03-01", "validUntil": null}
 * </pre>
 *
 * <p>{@code validUntil} null (or absent) is a card valid for life (长期). A field that is missing or
 * blank is read as missing (the card's own checks call it INCOMPLETE); a file that is missing, not
 * JSON, with a date or sex that does not parse, or a photo that is missing or not JPEG/PNG is an
 * {@link CardReadFailure.Reason#UNREADABLE UNREADABLE} card. The files are read anew on every read,
 * so a test or demo can change the card between reads. A card is always "on" this reader: it never
 * answers {@link CardReadFailure.Reason#NO_CARD NO_CARD} and never waits.
 *
 * <p>{@link #demoCard()} is the demo card built into the agent: 王芳, the example number of GB 11643
 * itself (11010519491231002X, a woman born 1949-12-31), valid for life, with a public-domain
 * portrait as its photo (see README.md next to it in the resources).
 */
public final class FileIdCardReader implements IdCardReader {

    private static final String DEMO = "demo-card/";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Where bytes come from: a file, or a resource of the agent's jar. */
    private interface Source {
        byte[] read() throws IOException;
    }

    private final Source card;
    private final Source photo;
    private final String description;

    private FileIdCardReader(Source card, Source photo, String description) {
        this.card = card;
        this.photo = photo;
        this.description = description;
    }

    /** The card in these two files. */
    public static FileIdCardReader of(Path cardFile, Path photoFile) {
        return new FileIdCardReader(() -> Files.readAllBytes(cardFile), () -> Files.readAllBytes(photoFile),
                "files " + cardFile + ", " + photoFile);
    }

    /** The demo card of the agent's resources (王芳, 11010519491231002X, valid for life). */
    public static FileIdCardReader demoCard() {
        return new FileIdCardReader(() -> resource("card.json"), () -> resource("photo.jpg"), "the built-in demo card");
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = FileIdCardReader.class.getResourceAsStream(DEMO + name)) {
            if (in == null) {
                throw new IOException("resource " + DEMO + name + " is missing");
            }
            return in.readAllBytes();
        }
    }

    /** Reads at once, whatever the timeout: the files are the card. */
    @Override
    public Result read(Duration timeout) throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        byte[] data;
        byte[] image;
        try {
            data = card.read();
        } catch (IOException e) {
            return new CardReadFailure(CardReadFailure.Reason.UNREADABLE, "card data cannot be read: " + e.getClass().getSimpleName());
        }
        try {
            image = photo.read();
        } catch (IOException e) {
            return new CardReadFailure(CardReadFailure.Reason.UNREADABLE, "chip photo cannot be read: " + e.getClass().getSimpleName());
        }
        if (CardRead.typeOf(image) == null) {
            return new CardReadFailure(CardReadFailure.Reason.UNREADABLE, "chip photo is neither JPEG nor PNG");
        }
        try {
            return new CardRead(facts(JSON.readTree(data)), image);
        } catch (JacksonException e) {
            return new CardReadFailure(CardReadFailure.Reason.UNREADABLE, "card data is not JSON");
        } catch (Unparsable e) {
            return new CardReadFailure(CardReadFailure.Reason.UNREADABLE, e.getMessage());
        }
    }

    private static IdCardFacts facts(JsonNode node) throws Unparsable {
        if (!node.isObject()) {
            throw new Unparsable("card data is not a JSON object");
        }
        String sex = text(node, "sex");
        Sex parsedSex = null;
        if (sex != null) {
            try {
                parsedSex = Sex.valueOf(sex);
            } catch (IllegalArgumentException e) {
                throw new Unparsable("field 'sex' is not MALE or FEMALE");
            }
        }
        return new IdCardFacts(text(node, "name"), parsedSex, date(node, "birthDate"), text(node, "idNumber"),
                date(node, "validFrom"), date(node, "validUntil"));
    }

    private static String text(JsonNode node, String field) throws Unparsable {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            throw new Unparsable("field '" + field + "' is not a text");
        }
        String text = value.asString().strip();
        return text.isEmpty() ? null : text;
    }

    private static LocalDate date(JsonNode node, String field) throws Unparsable {
        String text = text(node, field);
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            // The field's name only: the value may be personal data.
            throw new Unparsable("field '" + field + "' is not a date (yyyy-MM-dd)");
        }
    }

    /** A field that does not parse; the message names the field, never its value. */
    private static final class Unparsable extends Exception {
        Unparsable(String message) {
            super(message, null, false, false);
        }
    }

    @Override
    public String toString() {
        return "FileIdCardReader[" + description + "]";
    }
}
