package cn.remotewindow.signaling.record.verification;

import cn.remotewindow.protocol.identity.Sex;
import cn.remotewindow.signaling.record.Sealed;
import java.time.LocalDate;

/**
 * The ID-card data as kept: the number sealed, and masked for every view.
 *
 * @param validUntil null for a card valid for life (长期)
 */
public record CardOnRecord(String name, Sex sex, LocalDate birthDate, String idNumberMasked, Sealed idNumber,
                           LocalDate validFrom, LocalDate validUntil) {
}
