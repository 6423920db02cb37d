package io.landline.skill.builtin.internal;

import io.landline.api.skill.Fallback;
import io.landline.api.skill.Response;
import org.osgi.service.component.annotations.Component;

/** The answer when nothing matched: repeats what was heard, so the user can tell a mishearing from a gap. */
@Component
public class NotUnderstood implements Fallback {

    @Override
    public Response notUnderstood(String text, String site) {
        return Response.say("Sorry, I didn't understand: " + text + ". Say \"what can you do\" for ideas.");
    }
}
