package cn.remotewindow.signaling.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

class DemoAccountsTest {

    private final BCryptPasswordEncoder encoder = new BCryptPasswordEncoder(4);

    /**
     * Routing matches exact codes: an expert with an item code must also hold its department's code
     * (a 一件事 bundle's code belongs to no one department).
     */
    @Test
    void everyItemCodeComesWithItsDepartmentCode() {
        var catalogue = cn.remotewindow.catalogue.DemoCatalogueFile.catalogue();
        for (DemoAccounts.DemoExpert expert : DemoAccounts.EXPERTS) {
            for (String skill : expert.skills()) {
                if (skill.contains("-") && catalogue.bundle(skill).isEmpty()) {
                    String department = skill.substring(0, skill.indexOf('-'));
                    assertThat(expert.skills()).as(expert.username()).contains(department);
                }
            }
            assertThat(expert.skills()).as(expert.username()).anyMatch(skill -> skill.contains("-"));
        }
    }

    @Test
    void demoPasswordsVerifyAgainstTheirHashes() {
        List<ExpertAccount> experts = DemoAccounts.experts(encoder);
        List<KioskDevice> kiosks = DemoAccounts.kiosks(encoder);

        for (int i = 0; i < experts.size(); i++) {
            assertThat(encoder.matches(DemoAccounts.EXPERTS.get(i).password(), experts.get(i).passwordHash())).isTrue();
        }
        for (int i = 0; i < kiosks.size(); i++) {
            assertThat(encoder.matches(DemoAccounts.KIOSKS.get(i).secret(), kiosks.get(i).secretHash())).isTrue();
        }
    }

    @Test
    void bannerListsEveryAccountAndBothAddresses() {
        String banner = DemoBanner.text("http://localhost:8080", "ws://localhost:8081/signal");

        assertThat(banner).contains("http://localhost:8080/console/", "ws://localhost:8081/signal");
        DemoAccounts.EXPERTS.forEach(e -> assertThat(banner).contains(e.username(), e.password(), e.displayName()));
        DemoAccounts.KIOSKS.forEach(k -> assertThat(banner).contains(k.id(), k.secret(), k.district()));
    }
}
