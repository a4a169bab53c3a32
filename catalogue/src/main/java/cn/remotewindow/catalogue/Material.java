package cn.remotewindow.catalogue;

import java.util.Objects;

/**
 * One entry of an item's materials list (申请材料).
 *
 * @param code       unique within its item; what the console's checklist and the record name it by
 * @param required   whether the application needs it; an optional one applies only in some cases (see the note)
 * @param originals  how many originals (原件) the citizen shows
 * @param copies     how many copies (复印件) the citizen hands in
 * @param deferrable whether the case may be accepted without it, the citizen promising to bring it later
 *                   (容缺受理); only a required material can be deferrable
 * @param note       when it applies or what to look for; null when there is nothing to say
 */
public record Material(String code, Name name, boolean required, int originals, int copies, boolean deferrable,
                       String note) {

    public Material {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
    }
}
