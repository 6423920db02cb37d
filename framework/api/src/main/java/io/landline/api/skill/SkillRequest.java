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
}
