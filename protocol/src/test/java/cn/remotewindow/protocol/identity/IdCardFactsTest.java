package cn.remotewindow.protocol.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IdCardFactsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private static IdCardFacts card(String number, Sex sex, LocalDate birth, LocalDate until) {
        return new IdCardFacts("王芳", sex, birth, number, LocalDate.of(2016, 3, 1), until);
    }

    @Test
    void aConsistentCurrentCardHasNoProblem() {
        assertThat(card("11010519491231002X", Sex.FEMALE, LocalDate.of(1949, 12, 31), LocalDate.of(2036, 3, 1))
                .problems(TODAY)).isEmpty();
        assertThat(card("11010519491231002X", Sex.FEMALE, LocalDate.of(1949, 12, 31), null).problems(TODAY))
                .as("长期: valid for life").isEmpty();
    }

    @Test
    void anExpiredCardIsRefusedEvenIfEverythingElseIsRight() {
        assertThat(card("11010519491231002X", Sex.FEMALE, LocalDate.of(1949, 12, 31), LocalDate.of(2026, 11, 21))
                .problems(TODAY)).containsExactly(CardProblem.EXPIRED);
        assertThat(card("11010519491231002X", Sex.FEMALE, LocalDate.of(1949, 12, 31), TODAY).problems(TODAY))
                .as("valid through its last day").isEmpty();
    }

    @Test
    void theCardMustAgreeWithItsOwnNumber() {
        assertThat(card("11010519491231002X", Sex.MALE, LocalDate.of(1950, 1, 1), null).problems(TODAY))
                .containsExactly(CardProblem.BIRTH_DATE_MISMATCH, CardProblem.SEX_MISMATCH);
        assertThat(card("110105194912310021", Sex.FEMALE, LocalDate.of(1949, 12, 31), null).problems(TODAY))
                .containsExactly(CardProblem.ID_NUMBER_INVALID);
        assertThat(new IdCardFacts(" ", Sex.FEMALE, LocalDate.of(1949, 12, 31), "11010519491231002X", null, null)
                .problems(TODAY)).containsExactly(CardProblem.INCOMPLETE);
    }

    @Test
    void toStringNeverShowsTheNumber() {
        assertThat(card("11010519491231002X", Sex.FEMALE, LocalDate.of(1949, 12, 31), null).toString())
                .doesNotContain("19491231").contains("110***********002X");
    }
}
