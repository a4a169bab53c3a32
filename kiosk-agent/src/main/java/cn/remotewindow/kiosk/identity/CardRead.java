package cn.remotewindow.kiosk.identity;

import cn.remotewindow.protocol.identity.IdCardFacts;
import java.util.Objects;

/**
 * What the chip of a resident ID card held: the card data and the chip photo (JPEG or PNG, as the
 * reader's SDK decoded it). {@link #toString()} shows neither: personal data stays out of logs.
 */
public record CardRead(IdCardFacts facts, byte[] photo) implements IdCardReader.Result {

    /** What kind of image the photo is, by its first bytes. */
    public enum PhotoType {
        JPEG, PNG
    }

    /** @throws IllegalArgumentException when the photo is neither JPEG nor PNG */
    public CardRead {
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(photo, "photo");
        if (typeOf(photo) == null) {
            throw new IllegalArgumentException("the chip photo is neither JPEG nor PNG");
        }
        photo = photo.clone();
    }

    @Override
    public byte[] photo() {
        return photo.clone();
    }

    public PhotoType photoType() {
        return typeOf(photo);
    }

    /** JPEG or PNG by the file signature, or null when it is neither. */
    public static PhotoType typeOf(byte[] image) {
        if (image.length >= 3 && (image[0] & 0xff) == 0xff && (image[1] & 0xff) == 0xd8 && (image[2] & 0xff) == 0xff) {
            return PhotoType.JPEG;
        }
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
        if (image.length >= png.length) {
            for (int i = 0; i < png.length; i++) {
                if (image[i] != png[i]) {
                    return null;
                }
            }
            return PhotoType.PNG;
        }
        return null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CardRead that && facts.equals(that.facts) && java.util.Arrays.equals(photo, that.photo);
    }

    @Override
    public int hashCode() {
        return 31 * facts.hashCode() + java.util.Arrays.hashCode(photo);
    }

    /** Masked (see {@link IdCardFacts#toString()}); the photo only by its size. */
    @Override
    public String toString() {
        return "CardRead[" + facts + ", photo " + photoType() + " " + photo.length + " bytes]";
    }
}
