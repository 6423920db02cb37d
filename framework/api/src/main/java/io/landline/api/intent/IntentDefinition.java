package io.landline.api.intent;

import java.util.List;
import java.util.Map;

/**
 * An intent a skill handles, with the sentences that express it.
 *
 * @param name      the intent's name, unique within its skill, for example {@code GetTime}
 * @param sentences sample sentences or templates, for example {@code what time is it} or
 *                  {@code set a {name} timer for {duration}}; the first is the example shown by help
 * @param slots     the type of each slot named in the sentences
 */
public record IntentDefinition(String name, List<String> sentences, Map<String, SlotType> slots) {

    /** Copies the collections and checks there is at least one sentence. */
    public IntentDefinition {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an intent needs a name");
        }
        if (sentences.isEmpty()) {
            throw new IllegalArgumentException("intent " + name + " needs at least one sentence");
        }
        sentences = List.copyOf(sentences);
        slots = Map.copyOf(slots);
    }

    /**
     * @param name      the intent's name
     * @param sentences sentences without slots
     * @return an intent without slots
     */
    public static IntentDefinition of(String name, String... sentences) {
        return new IntentDefinition(name, List.of(sentences), Map.of());
    }
}
