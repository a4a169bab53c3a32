package cn.remotewindow.signaling.receipt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.remotewindow.signaling.receipt.ReceiptContent.Kind;
import cn.remotewindow.signaling.receipt.ReceiptContent.Material;
import cn.remotewindow.signaling.receipt.ReceiptContent.MaterialStatus;
import cn.remotewindow.signaling.receipt.ReceiptContent.Outcome;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a receipt may say: one consistent story, no personal data in clear. */
class ReceiptContentTest {

    private static ReceiptContent with(Outcome outcome, String reason, List<Material> materials) {
        ReceiptContent base = ReceiptSamples.noticeWithTwoPromised();
        return new ReceiptContent(base.receiptId(), base.caseNumber(), base.item(), base.department(), outcome, reason,
                materials, base.timeLimit(), base.delivery(), base.kiosk(), base.expertName(), base.citizenName(),
                base.issuedAt());
    }

    @Test
    void aCompleteAcceptedCaseGetsAnAcceptanceReceiptEverythingElseAOneTimeNotice() {
        assertThat(ReceiptSamples.acceptance().kind()).isEqualTo(Kind.ACCEPTANCE_RECEIPT);
        assertThat(ReceiptSamples.noticeWithTwoPromised().kind()).isEqualTo(Kind.ONE_TIME_NOTICE);
        assertThat(with(Outcome.MATERIALS_REQUIRED, null, List.of(Material.missing("户口簿"))).kind())
                .isEqualTo(Kind.ONE_TIME_NOTICE);
        assertThat(with(Outcome.REFUSED, "不属于本部门的事项", List.of()).kind()).isEqualTo(Kind.ONE_TIME_NOTICE);
    }

    @Test
    void outstandingMaterialsAreThePromisedAndTheMissingInChecklistOrder() {
        assertThat(ReceiptSamples.noticeWithTwoPromised().outstanding()).extracting(Material::name)
                .containsExactly("职工人事档案", "解除或终止劳动合同证明");
    }

    @Test
    void anAcceptedCaseWithSomethingOutstandingIsRefused() {
        assertThatThrownBy(() -> with(Outcome.ACCEPTED, null,
                List.of(Material.received("身份证"), Material.promised("户口簿", LocalDate.of(2026, 12, 14)))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("容缺");
    }

    @Test
    void acceptanceUnderRongQueNeedsAPromisedDateForEveryMissingMaterial() {
        assertThatThrownBy(() -> with(Outcome.ACCEPTED_PENDING_MATERIALS, null,
                List.of(Material.promised("档案", LocalDate.of(2026, 12, 14)), Material.missing("户口簿"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("promised");
        assertThatThrownBy(() -> with(Outcome.ACCEPTED_PENDING_MATERIALS, null, List.of(Material.received("档案"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPromisedDateBelongsToAPromisedMaterialOnly() {
        assertThatThrownBy(() -> new Material("档案", MaterialStatus.PROMISED, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("档案");
        assertThatThrownBy(() -> new Material("档案", MaterialStatus.RECEIVED, LocalDate.of(2026, 12, 14), null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRefusalNeedsItsReason() {
        assertThatThrownBy(() -> with(Outcome.REFUSED, "  ", List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reason");
    }

    @Test
    void aCaseNotAcceptedListsItsMissingMaterialsAsMissing() {
        assertThatThrownBy(() -> with(Outcome.MATERIALS_REQUIRED, null, List.of(Material.received("身份证"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anAcceptedCaseNeedsTimeLimitsAndDelivery() {
        ReceiptContent base = ReceiptSamples.acceptance();
        assertThatThrownBy(() -> new ReceiptContent(base.receiptId(), base.caseNumber(), base.item(), base.department(),
                base.outcome(), null, base.materials(), null, base.delivery(), base.kiosk(), base.expertName(), null,
                base.issuedAt())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("time limits");
        assertThatThrownBy(() -> new ReceiptContent(base.receiptId(), base.caseNumber(), base.item(), base.department(),
                base.outcome(), null, base.materials(), base.timeLimit(), null, base.kiosk(), base.expertName(), null,
                base.issuedAt())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("delivered");
    }

    @Test
    void thePromisedLimitIsNoLongerThanTheLegalOne() {
        assertThatThrownBy(() -> new ReceiptContent.TimeLimit(30, 20, LocalDate.of(2026, 12, 14)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("legal");
    }

    @Test
    void theCitizensNameIsOnlyEverMasked() {
        assertThat(ReceiptContent.maskName("王小明")).isEqualTo("王**");
        assertThat(ReceiptContent.maskName("欧阳娜娜")).isEqualTo("欧***");
        assertThat(ReceiptContent.maskName(" 张三 ")).isEqualTo("张*");
        assertThat(ReceiptContent.maskName("")).isNull();
        ReceiptContent base = ReceiptSamples.acceptance();
        assertThatThrownBy(() -> new ReceiptContent(base.receiptId(), base.caseNumber(), base.item(), base.department(),
                base.outcome(), null, base.materials(), base.timeLimit(), base.delivery(), base.kiosk(),
                base.expertName(), "李建国", base.issuedAt()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("masked");
    }

    @Test
    void aDeliveryForCollectionNamesTheCentresAddress() {
        assertThatThrownBy(() -> new ReceiptContent.Delivery(ReceiptContent.DeliveryMethod.COLLECT_AT_CENTRE,
                "红旗区政务服务中心", " ", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("address");
    }
}
