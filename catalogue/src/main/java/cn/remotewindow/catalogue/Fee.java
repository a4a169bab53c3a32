package cn.remotewindow.catalogue;

/**
 * What the item costs (收费标准).
 *
 * @param charged  false for an item without fees (不收费)
 * @param standard the fee schedule as published, e.g. 住宅类每件80元; null when not charged
 */
public record Fee(boolean charged, String standard) {

    public static final Fee NONE = new Fee(false, null);

    public static Fee of(String standard) {
        return new Fee(true, standard);
    }
}
