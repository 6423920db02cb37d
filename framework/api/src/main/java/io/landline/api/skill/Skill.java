package io.landline.api.skill;

import io.landline.api.intent.IntentDefinition;
import java.util.List;

/**
 * A skill: a set of intents and what to do for each. Registered as a service; the runtime adds its intents to
 * the {@link io.landline.api.intent.IntentCatalog} while it is registered and removes them when it goes. A skill
 * whose intents change (a contact list that grew) updates its service properties so the runtime reads
 * {@link #intents()} again.
 */
public interface Skill {

    /** @return a stable id, unique among skills, for example {@code clock} */
    String id();

    /** @return a name for people, for example "Clock" */
    String name();

    /** @return the intents this skill handles, each with sample sentences */
    List<IntentDefinition> intents();

    /**
     * Handles one of this skill's intents. Called from a dialog thread; may block briefly, not for long.
     *
     * @param request the intent and where it came from
     * @return what to say, and what to expect next
     */
    Response handle(SkillRequest request);
}
