package io.landline.skill.builtin.internal;

import io.landline.api.engine.RuntimeStatus;
import io.landline.api.engine.SkillInfo;
import io.landline.api.intent.IntentDefinition;
import io.landline.api.skill.Response;
import io.landline.api.skill.Skill;
import io.landline.api.skill.SkillRequest;
import java.util.List;
import java.util.stream.Collectors;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/** Answers "what can you do" with an example sentence of every installed skill. */
@Component
public class HelpSkill implements Skill {

    /** Skills that are part of every dialog rather than things to do. */
    private static final List<String> NOT_LISTED = List.of("dialog", "help");

    private final BundleContext context;

    /** @param context to look up the runtime status when asked */
    @Activate
    public HelpSkill(BundleContext context) {
        this.context = context;
    }

    @Override
    public String id() {
        return "help";
    }

    @Override
    public String name() {
        return "Help";
    }

    @Override
    public List<IntentDefinition> intents() {
        return List.of(IntentDefinition.of("Help", "what can you do", "help", "what can i say", "what do you know"));
    }

    @Override
    public Response handle(SkillRequest request) {
        List<SkillInfo> skills = installedSkills().stream().filter(s -> !NOT_LISTED.contains(s.id())).toList();
        if (skills.isEmpty()) {
            return Response.say("No skills are installed yet.");
        }
        return Response.say("You can say: " + skills.stream()
                .map(s -> s.name() + ": \"" + String.join("\", \"", s.examples().stream().map(HelpSkill::example).toList())
                        + "\"")
                .collect(Collectors.joining("; ")) + ".");
    }

    /**
     * @param template a sentence template
     * @return it as something to say: optional parts left out, the first of alternatives, slots as "…"
     */
    static String example(String template) {
        String text = template;
        for (int i = 0; i < 20 && text.matches("(?s).*[\\[(].*"); i++) {
            text = text.replaceAll("\\[[^\\[\\]()]*\\]", "").replaceAll("\\(\\s*([^()|\\[\\]]*?)\\s*(\\|[^()\\[\\]]*)?\\)", "$1");
        }
        return text.replaceAll("\\{[^}]*\\}", "…").replaceAll("\\s+", " ").strip();
    }

    /**
     * Looked up per request rather than injected: the status lists every skill, this one included, so a DS
     * reference from a skill to the status is a cycle that SCR can only resolve with warnings.
     */
    private List<SkillInfo> installedSkills() {
        ServiceReference<RuntimeStatus> reference = context.getServiceReference(RuntimeStatus.class);
        RuntimeStatus status = reference == null ? null : context.getService(reference);
        if (status == null) {
            return List.of();
        }
        try {
            return status.skills();
        } finally {
            context.ungetService(reference);
        }
    }
}
