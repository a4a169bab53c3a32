package cn.remotewindow.bench.signaling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SpreadTest {

    private final Spread spread = new Spread(3, 9);

    @Test
    void expertsHoldTwoCodesOfTheirOwnNodeOnly() {
        for (int expert = 0; expert < 30; expert++) {
            int node = spread.nodeOf(expert);
            Set<String> skills = spread.skillsOfExpert(expert);
            assertThat(skills).hasSize(2);
            assertThat(skills).allSatisfy(skill -> assertThat(homeOf(skill)).isEqualTo(node));
        }
    }

    @Test
    void kiosksAskOnlyForCodesServedOnOtherNodesAndEachOfThemInTurn() {
        for (int node = 0; node < 3; node++) {
            Map<String, Integer> asked = new HashMap<>();
            for (int i = 0; i < 60; i++) {
                asked.merge(spread.askedFrom(node), 1, Integer::sum);
            }
            int kioskNode = node;
            assertThat(asked.keySet()).hasSize(6).allSatisfy(skill -> assertThat(homeOf(skill)).isNotEqualTo(kioskNode));
            assertThat(new HashSet<>(asked.values())).containsExactly(10);
        }
    }

    @Test
    void needsTwoCodesPerNode() {
        assertThatThrownBy(() -> new Spread(3, 5)).hasMessageContaining("--skills");
    }

    /** ITEM-001 is code 0. */
    private static int homeOf(String skill) {
        return (Integer.parseInt(skill.substring(5)) - 1) % 3;
    }
}
