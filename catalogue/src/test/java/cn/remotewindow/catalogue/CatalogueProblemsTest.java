package cn.remotewindow.catalogue;

import static cn.remotewindow.catalogue.CatalogueFiles.VALID;
import static cn.remotewindow.catalogue.CatalogueFiles.line;
import static cn.remotewindow.catalogue.CatalogueFiles.problems;
import static cn.remotewindow.catalogue.CatalogueFiles.replaced;
import static cn.remotewindow.catalogue.CatalogueFiles.validWith;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One test per kind of problem: the file is refused with exactly that problem, on its line and field. */
class CatalogueProblemsTest {

    private static void onlyProblem(String text, int line, String field, String message) {
        assertThat(problems(text)).singleElement().satisfies(problem -> {
            assertThat(problem.line()).as("line of %s", problem).isEqualTo(line);
            assertThat(problem.field()).as("field of %s", problem).isEqualTo(field);
            assertThat(problem.message()).contains(message);
        });
    }

    @Test
    void theSmallFileTheseTestsBreakIsValid() {
        assertThat(CatalogueFiles.valid(VALID).items()).hasSize(2);
    }

    @Test
    void aDepartmentCodeGivenTwice() {
        String text = validWith("items:\n", "  - code: HRSS\n    name: {zh: 人社局, en: Human Resources}\nitems:\n");
        onlyProblem(text, line(text, "code: HRSS", 2), "departments[2].code",
                "the department code 'HRSS' is given twice (first at line 3, departments[0].code)");
    }

    @Test
    void anItemCodeGivenTwice() {
        String text = validWith("- code: MCA-GLBT", "- code: HRSS-TXSP");
        // The bundle then names HRSS-TXSP twice and MCA-GLBT no more: reported too, but on its own line.
        assertThat(problems(text)).first().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(line(text, "code: HRSS-TXSP", 2));
            assertThat(problem.field()).isEqualTo("items[1].code");
            assertThat(problem.message()).contains("item code 'HRSS-TXSP' is given twice");
        });
    }

    @Test
    void aMaterialCodeGivenTwiceWithinAnItem() {
        String text = validWith("        originals: 1\n", "        originals: 1\n      - code: ID-CARD\n"
                + "        name: {zh: 户口簿, en: Household booklet}\n        originals: 1\n");
        onlyProblem(text, line(text, "code: ID-CARD", 2), "items[0].materials[1].code",
                "material code 'ID-CARD' is given twice in this item (first at line " + line(text, "code: ID-CARD") + ")");
    }

    @Test
    void theSameMaterialCodeInTwoItemsIsFine() {
        assertThat(CatalogueFiles.valid(VALID).items()).allSatisfy(item -> assertThat(item.material("ID-CARD")).isPresent());
    }

    @Test
    void aBundleCodeGivenTwice() {
        String text = VALID + """
                  - code: YJS-TX
                    name: {zh: 又一个, en: Another}
                    items: [MCA-GLBT, HRSS-TXSP]
                """;
        onlyProblem(text, line(text, "code: YJS-TX", 2), "bundles[1].code", "一件事 code 'YJS-TX' is given twice");
    }

    @Test
    void oneCodeForADepartmentAndAnItem() {
        String text = validWith("- code: MCA-GLBT", "- code: MCA");
        assertThat(problems(text)).first().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(line(text, "- code: MCA", 2));
            assertThat(problem.field()).isEqualTo("items[1].code");
            assertThat(problem.message()).contains("'MCA' is already the code of the department at line 5");
        });
    }

    @Test
    void anItemNamingAnUnknownDepartment() {
        String text = validWith("department: MCA", "department: MZJ");
        onlyProblem(text, line(text, "department: MZJ"), "items[1].department",
                "no department has the code 'MZJ' (the departments are HRSS, MCA)");
    }

    @Test
    void aMissingStandardElementIsReportedAtItsEntry() {
        String text = validWith("    legal-basis: [《中华人民共和国社会保险法》第十六条]\n", "");
        onlyProblem(text, line(text, "- code: HRSS-TXSP"), "items[0].legal-basis", "is missing (设定依据)");
    }

    @Test
    void aMissingTimeLimitPart() {
        String text = validWith("{legal-days: 20, promised-days: 10}", "{legal-days: 20}");
        onlyProblem(text, line(text, "{legal-days: 20}"), "items[0].time-limit.promised-days", "is missing (承诺办结时限)");
    }

    @Test
    void aMissingEnglishName() {
        String text = validWith("{zh: 民政局, en: Civil Affairs Bureau}", "{zh: 民政局}");
        onlyProblem(text, line(text, "{zh: 民政局}"), "departments[1].name.en", "is missing");
    }

    @Test
    void anEmptyValue() {
        String text = validWith("fee: none", "fee:");
        onlyProblem(text, line(text, "fee:"), "items[0].fee", "has no value (收费标准)");
    }

    @Test
    void anEmptyMaterialsList() {
        String text = replaced(VALID, "    materials:\n      - code: ID-CARD\n        name: {zh: 居民身份证, en: Resident ID card}\n"
                + "        originals: 1\n", "    materials: []\n");
        onlyProblem(text, line(text, "materials: []"), "items[0].materials", "must not be empty (申请材料)");
    }

    @Test
    void negativeDays() {
        String text = validWith("legal-days: 20, promised-days: 10", "legal-days: -20, promised-days: 10");
        onlyProblem(text, line(text, "-20"), "items[0].time-limit.legal-days", "must not be negative (-20 working days)");
    }

    @Test
    void daysThatAreNotAWholeNumber() {
        String text = validWith("promised-days: 10", "promised-days: 2.5");
        onlyProblem(text, line(text, "2.5"), "items[0].time-limit.promised-days", "must be a whole number of working days");
    }

    @Test
    void aPromisedLimitLongerThanTheLegalOne() {
        String text = validWith("promised-days: 10", "promised-days: 30");
        onlyProblem(text, line(text, "promised-days: 30"), "items[0].time-limit.promised-days",
                "the promised limit (30 working days) is longer than the legal limit (20)");
    }

    @Test
    void anUnknownDeliveryKind() {
        String text = validWith("kind: electronic", "kind: courier");
        onlyProblem(text, line(text, "kind: courier"), "items[1].deliveries[0].kind",
                "unknown delivery 'courier': pick-up (属地出件");
    }

    @Test
    void oneDeliveryKindTwice() {
        String text = validWith("      - {kind: electronic, place: 短信告知}\n",
                "      - {kind: electronic, place: 短信告知}\n      - {kind: electronic, place: 豫事办}\n");
        onlyProblem(text, line(text, "豫事办"), "items[1].deliveries[1].kind", "the delivery 'electronic' is given twice");
    }

    @Test
    void aBundleNamingAnUnknownItem() {
        String text = validWith("items: [HRSS-TXSP, MCA-GLBT]", "items: [HRSS-TXSP, MCA-GLBT, PSB-JZZ]");
        onlyProblem(text, line(text, "PSB-JZZ"), "bundles[0].items[2]", "no item has the code 'PSB-JZZ'");
    }

    @Test
    void aBundleNamingADepartmentInsteadOfAnItem() {
        String text = validWith("items: [HRSS-TXSP, MCA-GLBT]", "items: [HRSS-TXSP, MCA-GLBT, MCA]");
        onlyProblem(text, line(text, "items: [HRSS"), "bundles[0].items[2]", "'MCA' is a department: a 一件事 lists items");
    }

    @Test
    void aBundleOfOneDepartment() {
        String text = validWith("items: [HRSS-TXSP, MCA-GLBT]", "items: [HRSS-TXSP]");
        onlyProblem(text, line(text, "items: [HRSS-TXSP]"), "bundles[0].items",
                "a 一件事 groups items of at least two departments; these are all of HRSS");
    }

    @Test
    void aBundleNamingAnItemTwice() {
        String text = validWith("items: [HRSS-TXSP, MCA-GLBT]", "items: [HRSS-TXSP, MCA-GLBT, HRSS-TXSP]");
        onlyProblem(text, line(text, "items: [HRSS"), "bundles[0].items[2]", "the item 'HRSS-TXSP' is in this 一件事 twice");
    }

    @Test
    void anUnknownFieldIsATypoWithASuggestion() {
        String text = validWith("promised-days: 10", "promised-day: 10");
        List<Problem> problems = problems(text);
        int line = line(text, "promised-day: 10");
        // Its promised-days is then missing too: two problems, one line.
        assertThat(problems).extracting(Problem::line, Problem::field).containsExactly(
                org.assertj.core.groups.Tuple.tuple(line, "items[0].time-limit.promised-days"),
                org.assertj.core.groups.Tuple.tuple(line, "items[0].time-limit.promised-day"));
        assertThat(problems.get(1).message()).isEqualTo("unknown field (did you mean 'promised-days'?)");
    }

    @Test
    void anUnknownFieldWithNoLikelyMeaningListsTheFieldsThere() {
        String text = validWith("    fee: none\n", "    fee: none\n    remarks: 周末可办\n");
        onlyProblem(text, line(text, "remarks:"), "items[0].remarks", "unknown field; the fields here are code, department,");
    }

    @Test
    void anUnknownTopLevelFieldWrittenInAnotherCase() {
        String text = "Version: 2\n" + VALID;
        onlyProblem(text, 1, "Version", "unknown field (did you mean 'version'?)");
    }

    @Test
    void aFieldGivenTwice() {
        String text = validWith("    fee: none\n", "    fee: none\n    fee: 每件10元\n");
        onlyProblem(text, line(text, "每件10元"), "items[0].fee", "this field is given twice (first at line "
                + line(text, "fee: none") + "); keep one");
    }

    @Test
    void aCodeThatIsNotACode() {
        String text = validWith("- code: MCA-GLBT", "- code: MCA GLBT");
        // The bundle then names an item that no longer exists.
        assertThat(problems(text)).first().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("items[1].code");
            assertThat(problem.message()).contains("'MCA GLBT' is not a code");
        });
    }

    @Test
    void aVersionWithSpaces() {
        String text = validWith("version: 2026.1", "version: 2026 第一版");
        onlyProblem(text, 1, "version", "a version is letters, digits");
    }

    @Test
    void aMaterialNobodyHandsOver() {
        String text = validWith("        originals: 1\n", "        copies: 0\n");
        onlyProblem(text, line(text, "- code: ID-CARD"), "items[0].materials[0]", "both are 0");
    }

    @Test
    void anOptionalMaterialCannotBeDeferred() {
        String text = validWith("        originals: 1\n", "        originals: 1\n        required: false\n        deferrable: true\n");
        onlyProblem(text, line(text, "deferrable: true"), "items[0].materials[0].deferrable", "only a required material");
    }

    @Test
    void aFlagThatIsNeitherTrueNorFalse() {
        String text = validWith("    fee: none\n", "    fee: none\n    green-channel: 是\n");
        onlyProblem(text, line(text, "green-channel"), "items[0].green-channel", "must be true or false (绿色通道)");
    }

    @Test
    void aListWhereAMappingBelongs() {
        String text = validWith("name: {zh: 人社局, en: Human Resources and Social Security}", "name: [人社局]");
        onlyProblem(text, line(text, "name: [人社局]"), "departments[0].name", "must be a mapping of fields (name: value), not a list");
    }

    @Test
    void aTextTooLong() {
        String text = validWith("place: 短信告知", "place: " + "长".repeat(201));
        onlyProblem(text, line(text, "长长长"), "items[1].deliveries[0].place", "is longer than 200 characters");
    }

    @Test
    void brokenYamlIsOneProblemOnItsLine() {
        String text = validWith("    fee: none\n", "    fee: none\n  \tgreen-channel: true\n");
        assertThat(problems(text)).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(line(text, "green-channel"));
            assertThat(problem.field()).isEmpty();
            assertThat(problem.message()).startsWith("not valid YAML: ");
        });
    }

    @Test
    void anEmptyFile() {
        onlyProblem("# nothing yet\n", 1, "", "the file is empty");
    }

    @Test
    void aFileThatIsNotAMapping() {
        onlyProblem("- a\n- b\n", 1, "", "must be a mapping of fields");
    }

    @Test
    void twoDocumentsInOneFile() {
        assertThat(problems(VALID + "---\nversion: 2\n")).singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("another document"));
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedWithTheirLine() {
        byte[] bytes = VALID.getBytes(Charset.forName("GB18030"));
        Parsed parsed = CatalogueParser.parse(bytes, StandardCharsets.UTF_8, null);
        assertThat(((Parsed.Invalid) parsed).problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(4); // 人社局, the first Chinese text
            assertThat(problem.message()).startsWith("not UTF-8 text");
        });
        assertThat(CatalogueParser.parse(bytes, Charset.forName("GB18030"), null)).isInstanceOf(Parsed.Valid.class);
    }

    @Test
    void aByteOrderMarkIsFine() {
        assertThat(CatalogueParser.parse("\uFEFF" + VALID)).isInstanceOf(Parsed.Valid.class);
    }

    @Test
    void aChangedCatalogueUnderTheRunningVersionIsRefused() {
        Catalogue running = CatalogueFiles.valid(VALID);
        String changed = validWith("promised-days: 10", "promised-days: 5");

        Parsed parsed = CatalogueParser.parse(changed, running);

        assertThat(((Parsed.Invalid) parsed).problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(1);
            assertThat(problem.field()).isEqualTo("version");
            assertThat(problem.message()).contains("'2026.1' is the version of the running catalogue");
        });
        assertThat(CatalogueParser.parse(VALID, running)).as("the same again").isInstanceOf(Parsed.Valid.class);
        assertThat(CatalogueParser.parse(replaced(changed, "2026.1", "2026.2"), running)).isInstanceOf(Parsed.Valid.class);
    }

    @Test
    void aFileOfThousandsOfProblemsListsTheFirstThousandAndCountsTheRest() {
        StringBuilder text = new StringBuilder(VALID);
        for (int i = 0; i < 1500; i++) {
            text.append("extra-").append(i).append(": x\n");
        }

        List<Problem> problems = problems(text.toString());

        assertThat(problems).hasSize(Findings.MAX_LISTED + 1);
        assertThat(problems.get(Findings.MAX_LISTED).message()).isEqualTo("and 500 more problems, not listed: fix these first");
    }
}
