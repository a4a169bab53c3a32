package cn.remotewindow.bench.signaling;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CycleTest {

    @Test
    void caseNumbersNameTheirCycle() {
        assertThat(Cycle.numberOf(Cycle.caseNumberOf(12345))).isEqualTo(12345);
        assertThat(Cycle.numberOf("CASE-1")).isEqualTo(-1);
        assertThat(Cycle.numberOf("BENCH-x")).isEqualTo(-1);
        assertThat(Cycle.numberOf(null)).isEqualTo(-1);
    }

    @Test
    void completeOnlyWhenEverythingArrivedOnBothSides() {
        Cycle cycle = new Cycle(2, "ITEM-001", true, 2, System.nanoTime());
        cycle.rung("s", null);
        cycle.expertGotOffer();
        cycle.expertGotCandidate();
        cycle.expertGotCandidate();
        assertThat(cycle.kioskGotAnswer()).isFalse();
        assertThat(cycle.kioskGotCandidate()).isFalse();
        assertThat(cycle.kioskGotCandidate()).as("answer and both candidates: report connected once").isTrue();
        assertThat(cycle.kioskEnded()).isFalse();
        assertThat(cycle.expertEnded()).isTrue();
    }

    @Test
    void aCycleMissingARelayIsNotComplete() {
        Cycle cycle = new Cycle(3, "ITEM-001", true, 1, System.nanoTime());
        cycle.rung("s", null);
        cycle.expertGotOffer();
        cycle.kioskGotAnswer();
        cycle.kioskGotCandidate();
        cycle.kioskEnded();
        assertThat(cycle.expertEnded()).as("the expert never got the kiosk's candidate").isFalse();
        assertThat(cycle.isComplete()).isFalse();
    }
}
