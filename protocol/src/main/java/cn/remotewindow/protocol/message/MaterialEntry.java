package cn.remotewindow.protocol.message;

import java.util.List;

/**
 * One material of the checklist in {@code materials.state}: what the catalogue says of it, and
 * how the expert marked it.
 *
 * @param name         zh-CN
 * @param nameEn       English
 * @param originals    originals (原件) the citizen shows
 * @param copies       copies (复印件) the citizen hands in
 * @param deferrable   may be PROMISED (容缺)
 * @param promisedDate PROMISED only
 * @param documentIds  the accepted documents attached for it, oldest first
 */
public record MaterialEntry(String code, String name, String nameEn, boolean required, int originals, int copies,
                            boolean deferrable, MaterialStatus status, String promisedDate, String note,
                            List<String> documentIds) {
}
