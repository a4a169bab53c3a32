package cn.remotewindow.signaling.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    @Test
    void weekendsAreNotCounted() {
        // Monday 2026-12-07 + 5 working days = Monday 2026-12-14.
        assertThat(WorkingDays.after(LocalDate.of(2026, 12, 7), 5)).isEqualTo(LocalDate.of(2026, 12, 14));
        // Friday + 1 = the next Monday; Saturday + 1 = Monday too.
        assertThat(WorkingDays.after(LocalDate.of(2026, 12, 11), 1)).isEqualTo(LocalDate.of(2026, 12, 14));
        assertThat(WorkingDays.after(LocalDate.of(2026, 12, 12), 1)).isEqualTo(LocalDate.of(2026, 12, 14));
        assertThat(WorkingDays.after(LocalDate.of(2026, 12, 7), 0)).isEqualTo(LocalDate.of(2026, 12, 7));
    }
}
