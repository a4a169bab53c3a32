package cn.remotewindow.signaling.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import cn.remotewindow.catalogue.DemoCatalogueFile;
import cn.remotewindow.signaling.accounts.DemoAccounts;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Experts' skills against the catalogue: the demo experts' all match the demo catalogue; others are found. */
class CatalogueSkillCheckTest {

    @Test
    void everyDemoExpertSkillIsAnItemOrDepartmentOfTheDemoCatalogue() {
        Map<String, List<String>> skills = new LinkedHashMap<>();
        DemoAccounts.EXPERTS.forEach(expert -> skills.put(expert.username(), expert.skills()));

        assertThat(SkillCheck.unknown(DemoCatalogueFile.catalogue(), skills)).isEmpty();
    }

    @Test
    void skillsThatNameNothingAreFoundDepartmentAndBundleCodesAreFine() {
        Map<String, List<String>> skills = Map.of("probe", List.of("PSB", "PSB-HJQY", "PSB-HJYQ", "YJS-TX", "YJS-XX"));

        assertThat(SkillCheck.unknown(DemoCatalogueFile.catalogue(), skills)).containsExactly(
                new SkillCheck.UnknownSkill("probe", "PSB-HJYQ"), new SkillCheck.UnknownSkill("probe", "YJS-XX"));
    }
}
