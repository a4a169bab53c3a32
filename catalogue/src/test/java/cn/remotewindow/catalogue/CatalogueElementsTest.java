package cn.remotewindow.catalogue;

import static cn.remotewindow.catalogue.CatalogueFiles.VALID;
import static cn.remotewindow.catalogue.CatalogueFiles.line;
import static cn.remotewindow.catalogue.CatalogueFiles.problems;
import static cn.remotewindow.catalogue.CatalogueFiles.replaced;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every element of the format arrives in the model as written; the demo file has no problem; one pass finds all problems. */
class CatalogueElementsTest {

    /** Every field the format has, each with a value that differs from its default. */
    private static final String EVERY_ELEMENT = """
            # comments are allowed anywhere
            version: 2026.3-rc_1
            departments:
              - code: MNR
                name:
                  zh: 自然资源和规划局
                  en: Natural Resources and Planning
              - code: PSB
                name: {zh: 公安局, en: Public Security Bureau}
            items:
              - code: MNR-BDCDJ
                department: MNR
                name: {zh: 不动产登记, en: Real estate registration}
                legal-basis:
                  - 《不动产登记暂行条例》第二十条
                  - 《中华人民共和国民法典》第二百零九条
                conditions:
                  - 权属清楚
                  - 双方共同申请
                materials:
                  - code: TAX-RECEIPT
                    name: {zh: 完税凭证, en: Tax receipt}
                    required: true
                    originals: 1
                    copies: 2
                    deferrable: true
                    note: 可容缺，承诺期内补交
                  - code: MARRIAGE-PROOF
                    name: {zh: 婚姻状况证明, en: Proof of marital status}
                    required: false
                    copies: 1
                time-limit:
                  legal-days: 30
                  promised-days: 0
                fee: 住宅类每件80元
                deliveries:
                  - kind: pick-up
                    place: 区政务服务中心 不动产窗口
                  - kind: post
                    place: EMS寄递
                  - kind: electronic
                    place: “豫事办”
                green-channel: true
              - code: PSB-JZZ
                department: PSB
                name: {zh: 居住证办理, en: Residence permit}
                legal-basis: 《居住证暂行条例》第九条
                conditions: [居住半年以上]
                materials:
                  - {code: ID-CARD, name: {zh: 身份证, en: ID card}, originals: 1}
                time-limit: {legal-days: 15, promised-days: 15}
                fee: none
                deliveries:
                  - {kind: pick-up, place: 公安窗口}
                green-channel: false
            bundles:
              - code: YJS-MOVE
                name: {zh: 购房落户一件事, en: "Buy a home, move your household"}
                items:
                  - PSB-JZZ
                  - MNR-BDCDJ
            """;

    @Test
    void everyElementArrivesInTheModelAsWritten() {
        Catalogue expected = new Catalogue("2026.3-rc_1",
                List.of(new Department("MNR", new Name("自然资源和规划局", "Natural Resources and Planning")),
                        new Department("PSB", new Name("公安局", "Public Security Bureau"))),
                List.of(new ServiceItem("MNR-BDCDJ", "MNR", new Name("不动产登记", "Real estate registration"),
                                List.of("《不动产登记暂行条例》第二十条", "《中华人民共和国民法典》第二百零九条"),
                                List.of("权属清楚", "双方共同申请"),
                                List.of(new Material("TAX-RECEIPT", new Name("完税凭证", "Tax receipt"), true, 1, 2, true,
                                                "可容缺，承诺期内补交"),
                                        new Material("MARRIAGE-PROOF", new Name("婚姻状况证明", "Proof of marital status"),
                                                false, 0, 1, false, null)),
                                new TimeLimit(30, 0), Fee.of("住宅类每件80元"),
                                List.of(new Delivery(DeliveryKind.PICK_UP, "区政务服务中心 不动产窗口"),
                                        new Delivery(DeliveryKind.POST, "EMS寄递"),
                                        new Delivery(DeliveryKind.ELECTRONIC, "“豫事办”")),
                                true),
                        new ServiceItem("PSB-JZZ", "PSB", new Name("居住证办理", "Residence permit"),
                                List.of("《居住证暂行条例》第九条"), List.of("居住半年以上"),
                                List.of(new Material("ID-CARD", new Name("身份证", "ID card"), true, 1, 0, false, null)),
                                new TimeLimit(15, 15), Fee.NONE,
                                List.of(new Delivery(DeliveryKind.PICK_UP, "公安窗口")), false)),
                List.of(new Bundle("YJS-MOVE", new Name("购房落户一件事", "Buy a home, move your household"),
                        List.of("PSB-JZZ", "MNR-BDCDJ"))));

        assertThat(CatalogueFiles.valid(EVERY_ELEMENT)).isEqualTo(expected);
    }

    @Test
    void defaultsOfTheOptionalFields() {
        Catalogue catalogue = CatalogueFiles.valid(VALID);

        Material idCard = catalogue.item("HRSS-TXSP").orElseThrow().material("ID-CARD").orElseThrow();
        assertThat(idCard).isEqualTo(new Material("ID-CARD", new Name("居民身份证", "Resident ID card"), true, 1, 0, false, null));
        assertThat(catalogue.items()).allSatisfy(item -> assertThat(item.greenChannel()).isFalse());
        assertThat(CatalogueFiles.valid(replaced(VALID, "bundles:\n  - code: YJS-TX\n    name: {zh: 退休一件事, en: Retirement}\n"
                + "    items: [HRSS-TXSP, MCA-GLBT]\n", "")).bundles()).as("no bundles at all").isEmpty();
    }

    @Test
    void theDemoCatalogueHasNoProblem() {
        Parsed parsed = CatalogueParser.parse(DemoCatalogueFile.text());

        assertThat(parsed instanceof Parsed.Invalid invalid ? invalid.problems() : List.of()).isEmpty();
        assertThat(parsed).isInstanceOf(Parsed.Valid.class);
    }

    @Test
    void theDemoCatalogueKeepsTheCodesTheKioskAndTheDemoExpertsUse() {
        Catalogue demo = DemoCatalogueFile.catalogue();

        // kiosk-agent's screen/DemoCatalogue and signaling-server's accounts/DemoAccounts name these.
        assertThat(demo.departments()).extracting(Department::code).containsExactly("PSB", "HRSS", "MNR", "MCA", "MARKET");
        assertThat(demo.items()).extracting(ServiceItem::code).containsExactly("PSB-HJQY", "PSB-JZZ", "HRSS-SBZY",
                "HRSS-TXSP", "MNR-BDCDJ", "MNR-BDCCX", "MCA-GLBT", "MCA-DBSQ", "MARKET-QYKB", "MARKET-GTDJ");
        assertThat(demo.items()).allSatisfy(item -> assertThat(item.code()).startsWith(item.department() + "-"));
        assertThat(demo.item("HRSS-TXSP").orElseThrow().name()).isEqualTo(new Name("职工退休审批", "Retirement approval"));
    }

    @Test
    void theDemoCatalogueHasCompleteElementsAndABundleOfTwoDepartments() {
        Catalogue demo = DemoCatalogueFile.catalogue();

        assertThat(demo.items()).allSatisfy(item -> {
            assertThat(item.legalBasis()).isNotEmpty();
            assertThat(item.conditions()).isNotEmpty();
            assertThat(item.materials()).anySatisfy(material -> assertThat(material.required()).isTrue());
            assertThat(item.deliveries()).isNotEmpty();
        });
        assertThat(demo.items()).anySatisfy(item -> assertThat(item.fee().charged()).isTrue());
        assertThat(demo.items()).anySatisfy(item -> assertThat(item.timeLimit().promisedDays()).isZero());
        assertThat(demo.items().stream().flatMap(item -> item.materials().stream()))
                .anySatisfy(material -> assertThat(material.deferrable()).isTrue());
        assertThat(demo.bundles()).singleElement().satisfies(bundle -> {
            assertThat(bundle.code()).isEqualTo("YJS-TX");
            Set<String> departments = bundle.items().stream()
                    .map(code -> demo.item(code).orElseThrow().department()).collect(Collectors.toSet());
            assertThat(departments).containsExactlyInAnyOrder("HRSS", "MCA");
        });
    }

    @Test
    void aSkillMeansSomethingWhenItNamesAnItemADepartmentOrABundle() {
        Catalogue demo = DemoCatalogueFile.catalogue();
        assertThat(demo.namesService("MNR-BDCDJ")).isTrue();
        assertThat(demo.namesService("MNR")).isTrue();
        assertThat(demo.namesService("YJS-TX")).as("kiosks ask for a bundle by its code").isTrue();
        assertThat(demo.namesService("PSB-001")).isFalse();
    }

    @Test
    void aFileWithSeveralProblemsListsThemAllInLineOrder() {
        String text = replaced(replaced(replaced(replaced(VALID,
                "- code: MCA\n", "- code: HRSS\n"),
                "promised-days: 10", "promised-days: 25"),
                "kind: electronic", "kind: fax"),
                "    fee: none\n", "    fees: none\n");

        List<Problem> problems = problems(text);

        assertThat(problems).extracting(Problem::line, Problem::field).containsExactly(
                org.assertj.core.groups.Tuple.tuple(line(text, "code: HRSS", 2), "departments[1].code"),
                org.assertj.core.groups.Tuple.tuple(line(text, "- code: HRSS-TXSP"), "items[0].fee"),
                org.assertj.core.groups.Tuple.tuple(line(text, "promised-days: 25"), "items[0].time-limit.promised-days"),
                org.assertj.core.groups.Tuple.tuple(line(text, "fees: none"), "items[0].fees"),
                org.assertj.core.groups.Tuple.tuple(line(text, "department: MCA"), "items[1].department"),
                org.assertj.core.groups.Tuple.tuple(line(text, "kind: fax"), "items[1].deliveries[0].kind"));
        assertThat(problems.get(3).message()).isEqualTo("unknown field (did you mean 'fee'?)");
    }

    @Test
    void aProblemReadsAsLineFieldAndWhat() {
        assertThat(new Problem(12, "items[0].fee", "has no value").toString()).isEqualTo("line 12, items[0].fee: has no value");
        assertThat(new Problem(3, "", "the file is empty").toString()).isEqualTo("line 3: the file is empty");
    }
}
