package cn.remotewindow.kiosk.screen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.remotewindow.kiosk.screen.ServiceCatalogue.Department;
import cn.remotewindow.kiosk.screen.ServiceCatalogue.Item;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceCatalogueTest {

    @Test
    void findsDepartmentsAndTheDepartmentOfAnItem() {
        ServiceCatalogue catalogue = DemoCatalogue.xinxiang();
        assertThat(catalogue.department("MNR")).hasValueSatisfying(d -> assertThat(d.name().zh()).isEqualTo("自然资源和规划局"));
        assertThat(catalogue.departmentOfItem("MARKET-QYKB")).hasValueSatisfying(d -> assertThat(d.code()).isEqualTo("MARKET"));
        assertThat(catalogue.department("NOPE")).isEmpty();
    }

    @Test
    void codesFollowTheProtocolAndAreUnique() {
        assertThatThrownBy(() -> new Item("户籍", new Name("户籍迁移", null)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ServiceCatalogue(List.of(
                new Department("PSB", new Name("公安局", null), List.of(new Item("PSB", new Name("户籍迁移", null)))))))
                .hasMessageContaining("code used twice");
    }

    @Test
    void namesFallBackToChineseWhenThereIsNoEnglish() {
        Name name = new Name("户籍迁移", " ");
        assertThat(name.in(ScreenLanguage.EN)).isEqualTo("户籍迁移");
        assertThat(new Name("户籍迁移", "Household transfer").in(ScreenLanguage.EN)).isEqualTo("Household transfer");
    }

    @Test
    void aChoiceRoutesByItemElseDepartment() {
        assertThat(new ServiceChoice("PSB", "PSB-HJQY", false).skill()).isEqualTo("PSB-HJQY");
        assertThat(new ServiceChoice("PSB", null, true).skill()).isEqualTo("PSB");
    }
}
