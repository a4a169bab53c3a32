package cn.remotewindow.protocol.message;

/**
 * One line of the materials part of {@code closing.summary}.
 *
 * @param status       RECEIVED, PROMISED (with the date), NOT_APPLICABLE, or UNMARKED for a required
 *                     material nobody marked (told to the citizen as missing)
 * @param promisedDate PROMISED only
 */
public record SummaryMaterial(String code, String name, String nameEn, MaterialStatus status, String promisedDate) {
}
