package io.landline.runtime.internal;

import io.landline.api.engine.SkillInfo;
import io.landline.api.intent.IntentCatalog;
import io.landline.api.intent.IntentDefinition;
import io.landline.api.skill.Skill;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The installed skills and the {@link IntentCatalog} of their intents. A new catalog snapshot is made whenever a
 * skill comes, goes or updates its service properties, so recognizers always see a consistent set.
 */
@Component(service = SkillRegistry.class)
public class SkillRegistry {

    /** A registered skill, keyed by service id so two skills with the same id are told apart. */
    private record Registered(long serviceId, Skill skill) {
    }

    private final Map<Long, Registered> skills = new ConcurrentSkipListMap<>();
    private final AtomicLong version = new AtomicLong();
    private final Problems problems;
    private volatile IntentCatalog catalog = IntentCatalog.EMPTY;
    private volatile List<SkillInfo> infos = List.of();

    /** @param problemLog where broken skills are reported */
    @Activate
    public SkillRegistry(@Reference ProblemLog problemLog) {
        this.problems = problemLog.problems();
        rebuild();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            updated = "updatedSkill")
    void bindSkill(Skill skill, Map<String, Object> properties) {
        long id = (Long) properties.get(Constants.SERVICE_ID);
        skills.put(id, new Registered(id, skill));
        rebuild();
    }

    void updatedSkill(Skill skill, Map<String, Object> properties) {
        bindSkill(skill, properties);
    }

    void unbindSkill(Skill skill, Map<String, Object> properties) {
        skills.remove((Long) properties.get(Constants.SERVICE_ID));
        rebuild();
    }

    /** @return the current catalog */
    public IntentCatalog catalog() {
        return catalog;
    }

    /** @return the installed skills, by id */
    public List<SkillInfo> skills() {
        return infos;
    }

    /**
     * @param skillId a skill id
     * @return the skill with that id, if installed
     */
    public Optional<Skill> skill(String skillId) {
        return skills.values().stream().map(Registered::skill).filter(s -> skillId.equals(safeId(s))).findFirst();
    }

    private synchronized void rebuild() {
        List<IntentCatalog.Entry> entries = new ArrayList<>();
        List<SkillInfo> skillInfos = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (Registered registered : skills.values()) {
            Skill skill = registered.skill();
            String source = "skill " + safeId(skill);
            try {
                String id = skill.id();
                if (seen.contains(id)) {
                    problems.report(source, "another skill already has the id '" + id + "'; this one is ignored");
                    continue;
                }
                List<IntentDefinition> intents = List.copyOf(skill.intents());
                seen.add(id);
                intents.forEach(intent -> entries.add(new IntentCatalog.Entry(id, intent)));
                skillInfos.add(new SkillInfo(id, skill.name(),
                        intents.stream().map(i -> i.sentences().get(0)).toList()));
                problems.clear(source);
            } catch (RuntimeException e) {
                problems.report(source, "cannot read its intents: " + e);
            }
        }
        skillInfos.sort((a, b) -> a.id().compareTo(b.id()));
        infos = List.copyOf(skillInfos);
        catalog = new IntentCatalog(version.incrementAndGet(), entries);
    }

    private static String safeId(Skill skill) {
        try {
            return skill.id();
        } catch (RuntimeException e) {
            return skill.getClass().getName();
        }
    }
}
