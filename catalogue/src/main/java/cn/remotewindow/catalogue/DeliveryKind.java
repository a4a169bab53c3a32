package cn.remotewindow.catalogue;

import java.util.Arrays;
import java.util.Optional;

/** How the result of an item reaches the citizen (出件方式). */
public enum DeliveryKind {
    /** Collected at the district service centre where the case was accepted (属地出件). */
    PICK_UP("pick-up"),
    /** Sent by post to an address the citizen gives (邮寄送达). */
    POST("post"),
    /** An electronic licence or notice (电子证照、电子送达). */
    ELECTRONIC("electronic");

    private final String fileName;

    DeliveryKind(String fileName) {
        this.fileName = fileName;
    }

    /** The word for it in a catalogue file. */
    public String fileName() {
        return fileName;
    }

    public static Optional<DeliveryKind> ofFileName(String name) {
        return Arrays.stream(values()).filter(kind -> kind.fileName.equals(name)).findFirst();
    }
}
