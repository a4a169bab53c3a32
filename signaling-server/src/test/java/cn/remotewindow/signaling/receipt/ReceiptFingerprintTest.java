package cn.remotewindow.signaling.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The check code that matches a printed receipt to its record. */
class ReceiptFingerprintTest {

    @Test
    void isTheSameForTheSameContentAndChangesWithAnyField() {
        ReceiptContent receipt = ReceiptSamples.acceptance();
        String fingerprint = ReceiptFingerprint.of(receipt);
        assertThat(fingerprint).hasSize(64).matches("[0-9a-f]+").isEqualTo(ReceiptFingerprint.of(ReceiptSamples.acceptance()));
        assertThat(fingerprint).isNotEqualTo(ReceiptFingerprint.of(ReceiptSamples.noticeWithTwoPromised()));

        ReceiptContent otherCase = new ReceiptContent(receipt.receiptId(), "410702-2026-000999", receipt.item(),
                receipt.department(), receipt.outcome(), receipt.reason(), receipt.materials(), receipt.timeLimit(),
                receipt.delivery(), receipt.kiosk(), receipt.expertName(), receipt.citizenName(), receipt.issuedAt());
        assertThat(ReceiptFingerprint.of(otherCase)).isNotEqualTo(fingerprint);
    }

    @Test
    void dependsOnTheMomentNotOnTheZoneItIsWrittenIn() {
        ReceiptContent receipt = ReceiptSamples.acceptance();
        ReceiptContent inUtc = new ReceiptContent(receipt.receiptId(), receipt.caseNumber(), receipt.item(),
                receipt.department(), receipt.outcome(), receipt.reason(), receipt.materials(), receipt.timeLimit(),
                receipt.delivery(), receipt.kiosk(), receipt.expertName(), receipt.citizenName(),
                receipt.issuedAt().withZoneSameInstant(ZoneOffset.UTC));
        assertThat(ReceiptFingerprint.of(inUtc)).isEqualTo(ReceiptFingerprint.of(receipt));
    }

    @Test
    void valuesCannotRunIntoEachOther() {
        // "AB" + "C" and "A" + "BC" must not hash alike: each value carries its length.
        ReceiptContent receipt = ReceiptSamples.acceptance();
        ReceiptContent one = new ReceiptContent(receipt.receiptId(), receipt.caseNumber(),
                new ReceiptContent.Item("不动产登记A", "B"), receipt.department(), receipt.outcome(), null,
                receipt.materials(), receipt.timeLimit(), receipt.delivery(), receipt.kiosk(), receipt.expertName(),
                null, receipt.issuedAt());
        ReceiptContent two = new ReceiptContent(receipt.receiptId(), receipt.caseNumber(),
                new ReceiptContent.Item("不动产登记", "AB"), receipt.department(), receipt.outcome(), null,
                receipt.materials(), receipt.timeLimit(), receipt.delivery(), receipt.kiosk(), receipt.expertName(),
                null, receipt.issuedAt());
        assertThat(ReceiptFingerprint.of(one)).isNotEqualTo(ReceiptFingerprint.of(two));
    }

    @Test
    void theShortFormIsSixteenHexDigitsInGroupsOfFour() {
        assertThat(ReceiptFingerprint.shortForm("45c365e8b9e84320" + "0".repeat(48))).isEqualTo("45C3-65E8-B9E8-4320");
    }
}
