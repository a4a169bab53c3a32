package cn.remotewindow.signaling.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class EvidenceCipherTest {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String OTHER_KEY = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef"
            .getBytes(StandardCharsets.US_ASCII));

    @Test
    void sealedDataOpensOnlyWithItsKeyAndLeaksNothing() {
        EvidenceCipher cipher = EvidenceCipher.from("k1", KEY);
        Sealed sealed = cipher.seal("11010519491231002X");
        assertThat(new String(sealed.ciphertext(), StandardCharsets.ISO_8859_1)).doesNotContain("19491231");
        assertThat(sealed.toString()).doesNotContain("1949");
        assertThat(cipher.openText(sealed)).isEqualTo("11010519491231002X");
        assertThat(cipher.seal("11010519491231002X").iv()).as("a fresh nonce every time").isNotEqualTo(sealed.iv());

        assertThatThrownBy(() -> EvidenceCipher.from("k1", OTHER_KEY).open(sealed)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> EvidenceCipher.from("k2", KEY).open(sealed))
                .as("the key id is part of what is authenticated").hasMessageContaining("k1");
    }

    @Test
    void anAlteredByteIsDetected() {
        EvidenceCipher cipher = EvidenceCipher.from("k1", KEY);
        Sealed sealed = cipher.seal(new byte[]{1, 2, 3, 4});
        byte[] altered = sealed.ciphertext().clone();
        altered[0] ^= 1;
        assertThatThrownBy(() -> cipher.open(new Sealed("k1", sealed.iv(), altered))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aKeyOfTheWrongSizeIsRefusedAtStartUp() {
        assertThatThrownBy(() -> EvidenceCipher.from("k1", Base64.getEncoder().encodeToString(new byte[16])))
                .hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> EvidenceCipher.from("k1", "not base64!")).hasMessageContaining("base64");
    }
}
