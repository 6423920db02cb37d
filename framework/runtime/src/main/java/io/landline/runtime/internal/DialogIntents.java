package io.landline.runtime.internal;

import io.landline.api.intent.IntentDefinition;
import io.landline.api.skill.Response;
import io.landline.api.skill.Skill;
import io.landline.api.skill.SkillRequest;
import java.util.List;
import org.osgi.service.component.annotations.Component;

/**
 * Declares the dialog's own intents (yes, no, cancel) like any skill, so every intent engine recognizes them and
 * they are in the speech recognizer's grammar. The dialog manager acts on them; this skill only answers when
 * there is nothing to answer.
 */
@Component
public class DialogIntents implements Skill {

    static final String ID = "dialog";
    static final String YES = "Yes";
    static final String NO = "No";
    static final String CANCEL = "Cancel";

    private static final List<IntentDefinition> INTENTS = List.of(
            IntentDefinition.of(YES, "yes", "yeah", "yep", "sure", "yes please", "do it", "go ahead", "correct",
                    "that's right", "okay"),
            IntentDefinition.of(NO, "no", "nope", "no thanks", "don't", "do not"),
            IntentDefinition.of(CANCEL, "cancel", "stop", "never mind", "forget it", "nothing"));

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Dialog";
    }

    @Override
    public List<IntentDefinition> intents() {
        return INTENTS;
    }

    @Override
    public Response handle(SkillRequest request) {
        return request.intent().name().equals(CANCEL)
                ? Response.say("Okay.")
                : Response.say("There is nothing to confirm right now.");
    }
}
