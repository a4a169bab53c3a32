package cn.remotewindow.signaling.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InMemoryAccountsTest {

    private static final String HASH = "$2a$04$aCMhZ4oGcJL14PcvbbcUaOcY6.BI/xMnAtn.CAmaFpbV.qBP5qGUC";

    @Test
    void findsExpertsByExactUsername() {
        ExpertAccounts accounts = new InMemoryExpertAccounts(
                List.of(new ExpertAccount("zhangwei", "张伟", HASH, Set.of("PSB"))));

        assertThat(accounts.findByUsername("zhangwei")).map(ExpertAccount::displayName).contains("张伟");
        assertThat(accounts.findByUsername("ZhangWei")).isEmpty();
        assertThat(accounts.findByUsername("lisi")).isEmpty();
    }

    @Test
    void findsKiosksById() {
        KioskDevices devices = new InMemoryKioskDevices(
                List.of(new KioskDevice("kiosk-weibin-01", "卫滨区政务服务中心", "卫滨区", HASH)));

        assertThat(devices.findById("kiosk-weibin-01")).map(KioskDevice::district).contains("卫滨区");
        assertThat(devices.findById("kiosk-weibin-02")).isEmpty();
    }

    @Test
    void refusesToStartWithAHashThatIsNotBcrypt() {
        List<ExpertAccount> plain = List.of(new ExpertAccount("zhangwei", "张伟", "demo-zhangwei", Set.of()));

        assertThatThrownBy(() -> new InMemoryExpertAccounts(plain))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("zhangwei")
                .hasMessageNotContaining("demo-zhangwei");
    }

    @Test
    void refusesToStartWithAnAuditorWhoseHashIsNotBcrypt() {
        List<AdminAccount> plain = List.of(new AdminAccount("auditor", "审计员", "demo-auditor"));

        assertThatThrownBy(() -> new AdminAccounts(plain))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("admin auditor")
                .hasMessageNotContaining("demo-auditor");
        assertThat(new AdminAccounts(List.of(new AdminAccount("auditor", "审计员", HASH))).findByUsername("auditor"))
                .map(AdminAccount::displayName).contains("审计员");
    }

    @Test
    void neverPrintsHashes() {
        assertThat(new ExpertAccount("zhangwei", "张伟", HASH, Set.of()).toString()).doesNotContain(HASH);
        assertThat(new KioskDevice("kiosk-weibin-01", "终端", "卫滨区", HASH).toString()).doesNotContain(HASH);
        assertThat(new AdminAccount("auditor", "审计员", HASH).toString()).doesNotContain(HASH);
    }
}
