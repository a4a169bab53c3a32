package cn.remotewindow.signaling.record.verification;

import static org.assertj.core.api.Assertions.assertThat;

import cn.remotewindow.protocol.identity.Sex;
import cn.remotewindow.signaling.record.EvidenceCipher;
import java.time.LocalDate;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class CardOnRecordTest {

    private final EvidenceCipher cipher = EvidenceCipher.from("k1", Base64.getEncoder().encodeToString(new byte[32]));

    @Test
    void theNameAndBirthDateAreSealedAndOnlyAMaskIsKeptInClear() {
        CardOnRecord card = CardOnRecord.sealing("欧阳娜娜", Sex.FEMALE, LocalDate.of(1990, 5, 17), "410***********123X",
                cipher.seal("41070219900517123X"), LocalDate.of(2020, 1, 1), null, cipher);
        String json = JsonMapper.builder().build().writeValueAsString(card);
        assertThat(json).doesNotContain("娜娜").doesNotContain("1990-05-17").contains("欧***");
        CardOnRecord back = JsonMapper.builder().build().readValue(json, CardOnRecord.class);
        assertThat(back.holderName(cipher)).isEqualTo("欧阳娜娜");
        assertThat(back.holderBirthDate(cipher)).isEqualTo(LocalDate.of(1990, 5, 17));
    }

    @Test
    void anOlderRecordWithTheNameInClearReadsTheSame() {
        String older = "{\"name\":\"王芳\",\"sex\":\"FEMALE\",\"birthDate\":\"1949-12-31\",\"idNumberMasked\":\"110***\"}";
        CardOnRecord card = JsonMapper.builder().build().readValue(older, CardOnRecord.class);
        assertThat(card.holderName(cipher)).isEqualTo("王芳");
        assertThat(card.holderBirthDate(cipher)).isEqualTo(LocalDate.of(1949, 12, 31));
    }

    @Test
    void masksKeepTheFirstCharacterOnly() {
        assertThat(CardOnRecord.masked("张三")).isEqualTo("张*");
        assertThat(CardOnRecord.masked("A")).isEqualTo("A");
        assertThat(CardOnRecord.masked("𠀀明")).isEqualTo("𠀀*");
        assertThat(CardOnRecord.masked("")).isEmpty();
    }
}
