package cn.remotewindow.signaling.verification;

import cn.remotewindow.protocol.message.Verdict;
import cn.remotewindow.signaling.record.verification.MachineJudgement;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;

/** Runs the judge so that a failure of the machine can only ever become a FAIL, never a PASS. */
final class MachineJudgements {

    static final MachineJudgement.Reason JUDGE_ERROR = new MachineJudgement.Reason("JUDGE_ERROR",
            "核验程序出错，未能完成比对：请重新核验或人工核验", "The checking program failed: verify again or check by hand.");

    private MachineJudgements() {
    }

    static MachineJudgement safely(MachineJudge judge, JudgeRequest request, Logger log) {
        long start = System.nanoTime();
        try {
            return judge.judge(request);
        } catch (RuntimeException | LinkageError e) {
            log.error("the machine judge failed; recording a FAIL", e);
            return new MachineJudgement(Verdict.FAIL, List.of(JUDGE_ERROR), null, -1, false, List.of(), List.of(),
                    Map.of(), List.of(), List.of(), (System.nanoTime() - start) / 1_000_000);
        }
    }
}
