package io.landline.api.intent;

import java.util.Map;
import java.util.Optional;

/**
 * A recognized intent.
 *
 * @param skillId    the skill that declared the intent
 * @param name       the intent's name within that skill
 * @param slots      slot values by slot name
 * @param confidence 0..1; 1 for an exact match
 * @param text       the text that was recognized
 * @param sentence   the declared sentence that matched, for "did you mean …?" prompts
 */
public record Intent(String skillId, String name, Map<String, SlotValue> slots, double confidence, String text,
        String sentence) {

    /** Copies the slots. */
    public Intent {
        slots = Map.copyOf(slots);
    }

    /**
     * @param slot a slot name
     * @return that slot's value, if it was filled
     */
    public Optional<SlotValue> slot(String slot) {
        return Optional.ofNullable(slots.get(slot));
    }

    /**
     * @param slot  a slot name
     * @param value its value
     * @return a copy of this intent with that slot filled
     */
    public Intent withSlot(String slot, SlotValue value) {
        var copy = new java.util.HashMap<>(slots);
        copy.put(slot, value);
        return new Intent(skillId, name, copy, confidence, text, sentence);
    }
}
