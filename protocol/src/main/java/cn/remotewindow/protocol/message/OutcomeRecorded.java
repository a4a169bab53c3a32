package cn.remotewindow.protocol.message;

import cn.remotewindow.protocol.Role;
import cn.remotewindow.protocol.WireType;

/**
 * The outcome was recorded against the session; correlated with the outcome.submit.
 *
 * @param caseNumber the case number recorded: the submitted one, else the request's (absent if neither)
 * @param recordedAt epoch ms
 */
@WireType(value = "outcome.recorded", sentBy = Role.SERVER, needsSession = true)
public record OutcomeRecorded(CaseOutcome outcome, String caseNumber, long recordedAt) implements Message {
}
