package cn.remotewindow.protocol.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdNumberTest {

    /** The example number printed in GB 11643-1999 itself. */
    private static final String STANDARD_EXAMPLE = "11010519491231002X";

    @Test
    void theStandardsOwnExampleIsValid() {
        IdNumber number = IdNumber.parse(STANDARD_EXAMPLE);
        assertThat(number.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(number.sex()).as("order code 002 is even").isEqualTo(Sex.FEMALE);
        assertThat(IdNumber.parse("11010519491231002x")).as("a lower-case x is the same number").isEqualTo(number);
    }

    @Test
    void theCheckCharacterIsIso7064Mod112() {
        // 1*7+1*9+0+1*5+0+5*4+1*2+9*1+4*6+9*3+1*7+2*9+3*10+1*5+0+0+2*2 = 167; 167 mod 11 = 2 -> X
        assertThat(IdNumber.checkCharacter("11010519491231002")).isEqualTo('X');
        assertThat(IdNumber.checkCharacter("44052419800101001")).isEqualTo(expected("44052419800101001"));
    }

    private static char expected(String digits) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        return "10X98765432".charAt(sum % 11);
    }

    @ParameterizedTest
    @CsvSource({
            "110105194912310021, BAD_CHECK_DIGIT",
            "11010519491231002, WRONG_LENGTH",
            "11010519491231002XX, WRONG_LENGTH",
            "1101051949123100AX, NOT_DIGITS",
            "11010519491331002X, BAD_BIRTH_DATE",
            "11010518000101002X, BAD_BIRTH_DATE",
    })
    void whatIsWrongIsNamed(String text, IdNumber.Problem problem) {
        assertThatThrownBy(() -> IdNumber.parse(text))
                .isInstanceOfSatisfying(IdNumber.InvalidIdNumberException.class, e -> {
                    assertThat(e.problem()).isEqualTo(problem);
                    assertThat(e.getMessage()).as("the number never reaches a message or log").doesNotContain(text);
                });
    }

    @Test
    void displayAndLogsSeeOnlyTheMaskedNumber() {
        IdNumber number = IdNumber.parse(STANDARD_EXAMPLE);
        assertThat(number.masked()).isEqualTo("110***********002X").hasSize(18);
        assertThat(number.toString()).isEqualTo(number.masked()).doesNotContain("19491231");
    }
}
