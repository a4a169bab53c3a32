package cn.remotewindow.signaling.record.verification;

import cn.remotewindow.protocol.identity.Sex;
import cn.remotewindow.signaling.record.EvidenceCipher;
import cn.remotewindow.signaling.record.Sealed;
import java.time.LocalDate;

/**
 * The ID-card data as kept: the number, the holder's name and birth date sealed (AES-GCM), and
 * masked forms for what is stored in clear. Records written before the name and birth date were
 * sealed hold them in clear ({@code nameSealed} and {@code birthDateSealed} null); both read the
 * same through {@link #holderName} and {@link #holderBirthDate}.
 *
 * @param name            the name masked (张*) — in clear in older records
 * @param birthDate       null — the birth date in clear in older records
 * @param validUntil      null for a card valid for life (长期)
 * @param nameSealed      the full name, sealed
 * @param birthDateSealed the birth date (ISO), sealed
 */
public record CardOnRecord(String name, Sex sex, LocalDate birthDate, String idNumberMasked, Sealed idNumber,
                           LocalDate validFrom, LocalDate validUntil, Sealed nameSealed, Sealed birthDateSealed) {

    /** A card as older records hold it: name and birth date in clear. */
    public CardOnRecord(String name, Sex sex, LocalDate birthDate, String idNumberMasked, Sealed idNumber,
                        LocalDate validFrom, LocalDate validUntil) {
        this(name, sex, birthDate, idNumberMasked, idNumber, validFrom, validUntil, null, null);
    }

    /** Seals the name and the birth date; what stays in clear is masked. */
    public static CardOnRecord sealing(String name, Sex sex, LocalDate birthDate, String idNumberMasked,
                                       Sealed idNumber, LocalDate validFrom, LocalDate validUntil,
                                       EvidenceCipher cipher) {
        return new CardOnRecord(masked(name), sex, null, idNumberMasked, idNumber, validFrom, validUntil,
                cipher.seal(name), birthDate == null ? null : cipher.seal(birthDate.toString()));
    }

    /** The holder's full name, for the views allowed to show it. */
    public String holderName(EvidenceCipher cipher) {
        return nameSealed == null ? name : cipher.openText(nameSealed);
    }

    public LocalDate holderBirthDate(EvidenceCipher cipher) {
        return birthDateSealed == null ? birthDate : LocalDate.parse(cipher.openText(birthDateSealed));
    }

    /** The first character and a star for each other one (张三 → 张*, 欧阳娜娜 → 欧***). */
    static String masked(String name) {
        if (name == null || name.isEmpty()) {
            return name;
        }
        int first = name.offsetByCodePoints(0, 1);
        return name.substring(0, first) + "*".repeat(name.codePointCount(first, name.length()));
    }
}
