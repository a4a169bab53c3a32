package cn.remotewindow.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** A small valid file for the problem tests to break one thing in, and helpers to find lines in it. */
final class CatalogueFiles {

    static final String VALID = """
            version: 2026.1
            departments:
              - code: HRSS
                name: {zh: 人社局, en: Human Resources and Social Security}
              - code: MCA
                name: {zh: 民政局, en: Civil Affairs Bureau}
            items:
              - code: HRSS-TXSP
                department: HRSS
                name: {zh: 职工退休审批, en: Retirement approval}
                legal-basis: [《中华人民共和国社会保险法》第十六条]
                conditions: [达到法定退休年龄]
                materials:
                  - code: ID-CARD
                    name: {zh: 居民身份证, en: Resident ID card}
                    originals: 1
                time-limit: {legal-days: 20, promised-days: 10}
                fee: none
                deliveries:
                  - {kind: pick-up, place: 区政务服务中心人社窗口}
              - code: MCA-GLBT
                department: MCA
                name: {zh: 高龄津贴申领, en: Old-age allowance}
                legal-basis: [《中华人民共和国老年人权益保障法》第三十三条]
                conditions: [年满80周岁]
                materials:
                  - code: ID-CARD
                    name: {zh: 居民身份证, en: Resident ID card}
                    originals: 1
                time-limit: {legal-days: 20, promised-days: 10}
                fee: none
                deliveries:
                  - {kind: electronic, place: 短信告知}
            bundles:
              - code: YJS-TX
                name: {zh: 退休一件事, en: Retirement}
                items: [HRSS-TXSP, MCA-GLBT]
            """;

    private CatalogueFiles() {
    }

    /** The valid file with the first {@code from} replaced. */
    static String validWith(String from, String to) {
        return replaced(VALID, from, to);
    }

    static String replaced(String text, String from, String to) {
        int at = text.indexOf(from);
        assertThat(at).as("'%s' in the file", from).isNotNegative();
        return text.substring(0, at) + to + text.substring(at + from.length());
    }

    /** The 1-based line of the {@code nth} (1 = first) line containing {@code snippet}. */
    static int line(String text, String snippet, int nth) {
        String[] lines = text.split("\n", -1);
        int seen = 0;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(snippet) && ++seen == nth) {
                return i + 1;
            }
        }
        throw new AssertionError("no line " + nth + " with '" + snippet + "'");
    }

    static int line(String text, String snippet) {
        return line(text, snippet, 1);
    }

    static List<Problem> problems(String text) {
        Parsed parsed = CatalogueParser.parse(text);
        assertThat(parsed).as("the file is refused").isInstanceOf(Parsed.Invalid.class);
        return ((Parsed.Invalid) parsed).problems();
    }

    static Catalogue valid(String text) {
        Parsed parsed = CatalogueParser.parse(text);
        assertThat(parsed).as("the file is accepted").isInstanceOf(Parsed.Valid.class);
        return ((Parsed.Valid) parsed).catalogue();
    }
}
