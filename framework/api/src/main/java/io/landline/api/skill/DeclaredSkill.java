package io.landline.api.skill;

import io.landline.api.intent.IntentDefinition;
import java.util.List;

/**
 * A base class for skill components declared with a {@link SkillBuilder}:
 *
 * <pre>{@code
 * @Component(service = Skill.class)
 * public class CoinSkill extends DeclaredSkill {
 *     public CoinSkill() {
 *         super(SkillBuilder.skill("coin", "Coin")
 *                 .intent("Flip").sentences("flip a coin").handle(r -> Response.say("Heads.")));
 *     }
 * }
 * }</pre>
 *
 * @since 1.1
 */
public abstract class DeclaredSkill implements Skill {

    private final Skill declared;

    /** @param builder the declaration; built here */
    protected DeclaredSkill(SkillBuilder builder) {
        this.declared = builder.build();
    }

    @Override
    public String id() {
        return declared.id();
    }

    @Override
    public String name() {
        return declared.name();
    }

    @Override
    public List<IntentDefinition> intents() {
        return declared.intents();
    }

    @Override
    public Response handle(SkillRequest request) {
        return declared.handle(request);
    }
}
