package cn.remotewindow.signaling.api.catalogue;

import cn.remotewindow.signaling.catalogue.SkillCheck;
import java.time.Instant;
import java.util.List;

/**
 * The answer to an accepted import.
 *
 * @param changed       false when the file is the running catalogue again (nothing changed)
 * @param since         when this node started running {@code version}
 * @param unknownSkills experts' skills that name no item or department of the new catalogue (also
 *                      logged): a hint at a misspelt code, not a refusal
 */
public record ImportAnswer(String version, String previousVersion, boolean changed, String sha256, Instant since,
                           int departments, int items, int bundles, List<SkillCheck.UnknownSkill> unknownSkills) {
}
