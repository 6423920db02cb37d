package io.landline.api.skill;

import io.landline.api.intent.Intent;

/**
 * An intent for a skill to handle.
 *
 * @param intent    the recognized intent, with any slots the dialog filled in
 * @param site      the site (room or device) that asked
 * @param confirmed whether the user already said yes to this skill's {@link Response#confirm} for this intent
 */
public record SkillRequest(Intent intent, String site, boolean confirmed) {

    /**
     * A slot's typed value, when the slot is filled with a value of that type. A reply the engine could not read
     * as the slot's type ("no idea" for a number) comes as text and is treated here as not filled.
     *
     * @param <T>  the value's type, per {@link io.landline.api.intent.SlotType.Kind}
     * @param slot the slot's name
     * @param type the value's type
     * @return the value, if filled with that type
     * @since 1.1
     */
    public <T> java.util.Optional<T> slot(String slot, Class<T> type) {
        return intent.slot(slot).map(io.landline.api.intent.SlotValue::value).filter(type::isInstance).map(type::cast);
    }
}
