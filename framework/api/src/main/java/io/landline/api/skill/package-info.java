/**
 * Skills: the things the assistant can do. A skill declares intents and turns an intent into a {@link io.landline.api.skill.Response}, which may ask a follow-up question or ask for confirmation.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package io.landline.api.skill;
