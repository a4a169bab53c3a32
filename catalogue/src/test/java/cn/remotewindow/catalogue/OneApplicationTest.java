package cn.remotewindow.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OneApplicationTest {

    private final Catalogue demo = DemoCatalogueFile.catalogue();

    @Test
    void aBundleIsOneApplicationWithOneSetOfMaterials() {
        ServiceItem retirement = demo.service("YJS-TX").orElseThrow();

        assertThat(retirement.code()).isEqualTo("YJS-TX");
        assertThat(retirement.name().zh()).isEqualTo("退休“一件事”");
        // ID-CARD is asked by all three items: checked once.
        assertThat(retirement.materials()).extracting(Material::code).containsExactly("ID-CARD", "CONTRIBUTION-RECORD",
                "TRANSFER-FORM", "PERSONNEL-FILE", "RETIREMENT-FORM", "SOCIAL-SECURITY-CARD", "HUKOU-BOOK", "BANK-CARD",
                "AGENT-ID");
        assertThat(retirement.material("RETIREMENT-FORM").orElseThrow().originals()).isEqualTo(2);
        assertThat(retirement.material("BANK-CARD").orElseThrow().deferrable()).isTrue();
        assertThat(retirement.material("AGENT-ID").orElseThrow().required()).isFalse();
        // Done when its slowest item is: 社保关系转移 45 legal / 15 promised days.
        assertThat(retirement.timeLimit()).isEqualTo(new TimeLimit(45, 15));
        assertThat(retirement.department()).as("the first item's department leads").isEqualTo("HRSS");
        assertThat(OneApplication.departments(demo, demo.bundle("YJS-TX").orElseThrow())).containsExactly("HRSS", "MCA");
        assertThat(retirement.fee().charged()).isFalse();
    }

    @Test
    void mergingKeepsTheStricterRule() {
        Material deferrable = new Material("X", new Name("材料", "x"), false, 1, 0, true, null);
        Material strict = new Material("X", new Name("材料", "x"), true, 2, 1, false, "核验原件");
        Catalogue catalogue = new Catalogue("t", java.util.List.of(new Department("A", new Name("甲", "x")),
                new Department("B", new Name("乙", "x"))),
                java.util.List.of(item("A-1", "A", deferrable), item("B-1", "B", strict)),
                java.util.List.of(new Bundle("AB", new Name("甲乙一件事", "x"), java.util.List.of("A-1", "B-1"))));

        Material merged = catalogue.service("AB").orElseThrow().material("X").orElseThrow();

        assertThat(merged.required()).isTrue();
        assertThat(merged.deferrable()).isFalse();
        assertThat(merged.originals()).isEqualTo(2);
        assertThat(merged.copies()).isEqualTo(1);
        assertThat(merged.note()).isEqualTo("核验原件");
        assertThat(catalogue.service("A-1").orElseThrow().code()).isEqualTo("A-1");
        assertThat(catalogue.service("C")).isEmpty();
    }

    private static ServiceItem item(String code, String department, Material material) {
        return new ServiceItem(code, department, new Name("事项" + code, "x"), java.util.List.of("依据"),
                java.util.List.of("条件"), java.util.List.of(material), new TimeLimit(10, 5), Fee.NONE,
                java.util.List.of(new Delivery(DeliveryKind.PICK_UP, "窗口")), true);
    }
}
