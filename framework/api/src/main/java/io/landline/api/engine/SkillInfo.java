package io.landline.api.engine;

import java.util.List;

/**
 * An installed skill.
 *
 * @param id       its id
 * @param name     its name for people
 * @param examples one example sentence per intent
 */
public record SkillInfo(String id, String name, List<String> examples) {

    /** Copies the list. */
    public SkillInfo {
        examples = List.copyOf(examples);
    }
}
