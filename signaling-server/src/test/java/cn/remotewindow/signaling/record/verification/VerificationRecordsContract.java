package cn.remotewindow.signaling.record.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.remotewindow.protocol.message.ChallengeStep;
import cn.remotewindow.protocol.message.Consent;
import cn.remotewindow.protocol.message.KioskVerifyProblem;
import cn.remotewindow.protocol.message.ReviewDecision;
import cn.remotewindow.protocol.message.Verdict;
import cn.remotewindow.protocol.message.VerifyMethod;
import cn.remotewindow.protocol.message.VerifyPhase;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What every {@link VerificationRecords} must do; each implementation's test extends this. */
public abstract class VerificationRecordsContract {

    private static final Instant T0 = Instant.parse("2026-11-22T01:00:00Z");

    protected abstract VerificationRecords records();

    private static VerificationEvent.Opened opened(String id, String session) {
        return new VerificationEvent.Opened(id, T0, session, "410702-2026-000123", "PSB-HJQY", "kiosk-1", "zhangwei", "张伟");
    }

    private static MachineJudgement judgement(Verdict verdict) {
        return new MachineJudgement(verdict, List.of(new MachineJudgement.Reason("FACE_MATCH", "人脸一致", "faces match")),
                0.74, 2, true, List.of(), List.of(), Map.of("pass", 0.6), List.of(), List.of(), 120);
    }

    @Test
    void aVerificationReadsBackInOrderAndItsPhaseFollowsTheEvents() {
        VerificationRecords records = records();
        records.append(opened("v-1", "s-1"));
        assertThat(records.find("v-1").orElseThrow().phase()).isEqualTo(VerifyPhase.REQUESTED);
        records.append(new VerificationEvent.Consented("v-1", T0.plusSeconds(1), Consent.GIVEN));
        records.append(new VerificationEvent.Challenged("v-1", T0.plusSeconds(1), "nonce", List.of(ChallengeStep.NOD,
                ChallengeStep.TURN_LEFT, ChallengeStep.TURN_RIGHT), T0.plusSeconds(1), T0.plusSeconds(91)));
        assertThat(records.find("v-1").orElseThrow().phase()).isEqualTo(VerifyPhase.CAPTURING);
        records.append(new VerificationEvent.Decided("v-1", T0.plusSeconds(20), judgement(Verdict.PASS)));
        records.append(new VerificationEvent.Viewed("v-1", T0.plusSeconds(21), "zhangwei", "CARD_PHOTO"));
        assertThat(records.find("v-1").orElseThrow().phase()).isEqualTo(VerifyPhase.DECIDED);
        records.append(new VerificationEvent.Reviewed("v-1", T0.plusSeconds(25), "zhangwei", ReviewDecision.PASS,
                VerifyMethod.FACE_MATCH, null, Verdict.PASS));

        VerificationRecord record = records.find("v-1").orElseThrow();
        assertThat(record.phase()).isEqualTo(VerifyPhase.CLOSED);
        assertThat(record.events()).hasSize(6);
        assertThat(record.events()).extracting(VerificationEvent::at).isSorted();
        assertThat(record.opened().caseNumber()).isEqualTo("410702-2026-000123");
        assertThat(record.decision().orElseThrow().judgement().similarity()).isEqualTo(0.74);
        assertThat(record.views()).extracting(VerificationEvent.Viewed::what).containsExactly("CARD_PHOTO");
        assertThat(record.review().orElseThrow().machineVerdict()).isEqualTo(Verdict.PASS);
    }

    @Test
    void aKioskProblemAndACancellationAreTheirOwnEnds() {
        VerificationRecords records = records();
        records.append(opened("v-2", "s-2"));
        records.append(new VerificationEvent.KioskProblemReported("v-2", T0, KioskVerifyProblem.CARD_EXPIRED, null));
        assertThat(records.find("v-2").orElseThrow().phase()).isEqualTo(VerifyPhase.KIOSK_PROBLEM);
        records.append(opened("v-3", "s-2"));
        records.append(new VerificationEvent.Closed("v-3", T0, VerifyPhase.CANCELLED, "the session ended"));
        assertThat(records.find("v-3").orElseThrow().phase()).isEqualTo(VerifyPhase.CANCELLED);
        assertThat(records.ofSession("s-2")).extracting(VerificationRecord::id).containsExactly("v-2", "v-3");
        assertThat(records.ofSession("s-none")).isEmpty();
    }

    @Test
    void eventsOfUnknownVerificationsAndDuplicateOpeningsAreRefused() {
        VerificationRecords records = records();
        assertThatThrownBy(() -> records.append(new VerificationEvent.Consented("v-x", T0, Consent.GIVEN)))
                .isInstanceOf(IllegalArgumentException.class);
        records.append(opened("v-4", "s-4"));
        assertThatThrownBy(() -> records.append(opened("v-4", "s-4"))).isInstanceOf(IllegalArgumentException.class);
        assertThat(records.find("v-4").orElseThrow().events()).hasSize(1);
        assertThat(records.find("v-none")).isEmpty();
    }
}
