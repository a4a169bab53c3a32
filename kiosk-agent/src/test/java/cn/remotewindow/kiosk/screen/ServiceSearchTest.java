package cn.remotewindow.kiosk.screen;

import static org.assertj.core.api.Assertions.assertThat;

import cn.remotewindow.kiosk.screen.ServiceCatalogue.Department;
import cn.remotewindow.kiosk.screen.ServiceCatalogue.Item;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceSearchTest {

    private final ServiceCatalogue demo = DemoCatalogue.xinxiang();

    private List<String> codes(ServiceCatalogue catalogue, String typed) {
        return catalogue.search(typed).stream().map(ServiceSearch.Match::code).toList();
    }

    @Test
    void pinyinInitialsFindTheItemFromItsFirstCharacter() {
        assertThat(codes(demo, "BDC")).containsExactly("MNR-BDCDJ", "MNR-BDCCX");
        assertThat(codes(demo, "bdcdj")).containsExactly("MNR-BDCDJ");
        assertThat(codes(demo, "hjqy")).containsExactly("PSB-HJQY");
    }

    @Test
    void initialsInsideTheNameCountAfterThoseAtItsStart() {
        // 最低生活保障申请: ZDSHBZSQ; 高龄津贴申领 GLJTSL; "SQ" is inside the first only.
        assertThat(codes(demo, "SQ")).containsExactly("MCA-DBSQ");
        // 登记 (DJ) starts nothing but ends 不动产登记 and 个体工商户登记.
        assertThat(codes(demo, "DJ")).containsExactly("MNR-BDCDJ", "MARKET-GTDJ");
    }

    @Test
    void bundlesAreFoundLikeItemsAndComeFirstAmongEquals() {
        assertThat(codes(demo, "TX")).containsExactly("YJS-TX", "HRSS-TXSP");
        assertThat(demo.search("TX").get(0).isBundle()).isTrue();
    }

    @Test
    void aPolyphonicCharacterMatchesByEitherReading() {
        ServiceCatalogue catalogue = new ServiceCatalogue(List.of(new Department("BANK", new Name("银行", null),
                List.of(new Item("BANK-1", new Name("银行开户", "Opening a bank account"))))));
        assertThat(codes(catalogue, "YHKH")).containsExactly("BANK-1");
        assertThat(codes(catalogue, "YXKH")).as("行 read xíng").containsExactly("BANK-1");
    }

    @Test
    void englishWordsMatchByTheirStartOrTheirInitials() {
        assertThat(codes(demo, "retire")).contains("YJS-TX", "HRSS-TXSP");
        assertThat(codes(demo, "estate")).containsExactly("MNR-BDCDJ", "MNR-BDCCX");
        // Real estate registration: R E R.
        assertThat(codes(demo, "rer")).contains("MNR-BDCDJ");
    }

    @Test
    void chineseTypedOnAKeyboardMatchesTheName() {
        assertThat(codes(demo, "不动产")).containsExactly("MNR-BDCDJ", "MNR-BDCCX");
        assertThat(codes(demo, "登记")).containsExactly("MNR-BDCDJ", "MARKET-GTDJ");
    }

    @Test
    void nothingTypedOrNothingMatchingFindsNothing() {
        assertThat(demo.search("")).isEmpty();
        assertThat(demo.search("  ")).isEmpty();
        assertThat(demo.search("QQQ")).isEmpty();
    }
}
