package cn.remotewindow.signaling.verification;

import cn.remotewindow.signaling.record.verification.MachineJudgement;

/**
 * The machine side of a verification: face detection, quality, liveness and comparison (the
 * {@code identity} module). Calls may block for a few hundred milliseconds: never on an event loop.
 */
public interface MachineJudge {

    /**
     * Checks an uploaded image before anything is recorded: JPEG or PNG, within the size and pixel
     * limits, decodable.
     *
     * @return its content type
     * @throws ImageRefusedException naming what is wrong
     */
    String checkImage(byte[] encoded);

    /** Decides; never throws for bad evidence (that is a FAIL with its reasons). */
    MachineJudgement judge(JudgeRequest request);
}
