package cn.remotewindow.signaling.catalogue;

import cn.remotewindow.catalogue.Catalogue;
import cn.remotewindow.signaling.accounts.DemoAccounts;
import cn.remotewindow.signaling.config.WindowProperties;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds expert skills that name no item and no department of the catalogue. Only a warning: the
 * expert still signs in, and a skill may be a code the routing knows before the catalogue does;
 * but a misspelt skill means requests that nobody is rung for.
 */
public final class SkillCheck {

    private static final Logger log = LoggerFactory.getLogger(SkillCheck.class);

    /** A skill of an expert that the catalogue does not know. */
    public record UnknownSkill(String expert, String skill) {
    }

    private SkillCheck() {
    }

    /** The configured experts' skills, then the demo experts' (when on) that no configured expert overrides. */
    public static Map<String, List<String>> skillsOf(WindowProperties properties) {
        Map<String, List<String>> skills = new LinkedHashMap<>();
        properties.accounts().experts().forEach(expert ->
                skills.put(expert.username(), expert.skills() == null ? List.of() : List.copyOf(expert.skills())));
        if (properties.demo().enabled()) {
            DemoAccounts.EXPERTS.forEach(expert -> skills.putIfAbsent(expert.username(), expert.skills()));
        }
        return skills;
    }

    public static List<UnknownSkill> unknown(Catalogue catalogue, Map<String, ? extends Collection<String>> skills) {
        List<UnknownSkill> unknown = new ArrayList<>();
        skills.forEach((expert, codes) -> codes.stream()
                .filter(code -> !catalogue.namesService(code))
                .forEach(code -> unknown.add(new UnknownSkill(expert, code))));
        return unknown;
    }

    /** Logs each unknown skill as a warning; returns them. */
    public static List<UnknownSkill> warn(Catalogue catalogue, Map<String, ? extends Collection<String>> skills) {
        List<UnknownSkill> unknown = unknown(catalogue, skills);
        unknown.forEach(skill -> log.warn("expert {} has the skill {}, which names no item or department of catalogue"
                + " version {} (misspelt? kiosks ask for the catalogue's codes)", skill.expert(), skill.skill(),
                catalogue.version()));
        return unknown;
    }
}
