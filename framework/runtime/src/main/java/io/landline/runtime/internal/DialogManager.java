package io.landline.runtime.internal;

import io.landline.api.dialog.DialogService;
import io.landline.api.event.Topics;
import io.landline.api.intent.Intent;
import io.landline.api.intent.IntentCatalog;
import io.landline.api.intent.IntentRecognizer;
import io.landline.api.intent.SlotType;
import io.landline.api.intent.SlotValue;
import io.landline.api.skill.Fallback;
import io.landline.api.skill.Response;
import io.landline.api.skill.Skill;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link DialogService}: recognizes intents with the active engine, runs skills, keeps each site's dialog,
 * says the answers and posts an event for every stage. Configured by {@code etc/io.landline.dialog.cfg}.
 */
@Component(service = { DialogService.class, DialogManager.class }, configurationPid = DialogManager.PID)
public class DialogManager implements DialogService, Dialogs.Understanding, Dialogs.Skills {

    static final String PID = "io.landline.dialog";
    private static final Logger LOG = LoggerFactory.getLogger(DialogManager.class);
    private static final Dialogs.Timing DEFAULTS = new Dialogs.Timing(Duration.ofSeconds(8), Duration.ofSeconds(30),
            0.8);

    /** Who wants to know the intent of the utterance this thread is handling (the listening loop). */
    private static final ThreadLocal<Consumer<Intent>> INTENT_LISTENER = new ThreadLocal<>();

    private final ActiveEngines engines;
    private final SkillRegistry skills;
    private final SpeechOutput output;
    private final EventPoster events;
    private final Problems problems;
    private final Dialogs dialogs;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile Fallback fallback;

    /**
     * @param engines    the active engines
     * @param skills     the installed skills
     * @param output     says answers
     * @param events     posts stage events
     * @param problemLog reports bad configuration
     * @param config     {@code followup.seconds}, {@code confirmation.seconds}, {@code intent.confident}
     */
    @Activate
    public DialogManager(@Reference ActiveEngines engines, @Reference SkillRegistry skills,
            @Reference SpeechOutput output, @Reference EventPoster events, @Reference ProblemLog problemLog,
            Map<String, Object> config) {
        this.engines = engines;
        this.skills = skills;
        this.output = output;
        this.events = events;
        this.problems = problemLog.problems();
        this.dialogs = new Dialogs(this, this, Clock.systemUTC(), DEFAULTS);
        configure(config);
    }

    @Modified
    void configure(Map<String, Object> config) {
        Settings settings = new Settings(config, PID, problems);
        Dialogs.Timing timing = new Dialogs.Timing(
                Duration.ofSeconds(settings.integer("followup.seconds", (int) DEFAULTS.followUp().toSeconds(), 1, 600)),
                Duration.ofSeconds(settings.integer("confirmation.seconds",
                        (int) DEFAULTS.confirmation().toSeconds(), 1, 600)),
                settings.decimal("intent.confident", DEFAULTS.confident(), 0, 1));
        settings.finish();
        dialogs.setTiming(timing);
    }

    /**
     * Handles text like {@link #handleText(String, String)} and tells who asks which intent was recognized, for
     * the listening loop's report. The callback runs on this thread, before the skill answers.
     *
     * @param site     the site
     * @param text     the utterance
     * @param onIntent told the recognized intent, if any
     * @return what the assistant said
     */
    public Response handleText(String site, String text, Consumer<Intent> onIntent) {
        Consumer<Intent> previous = INTENT_LISTENER.get();
        INTENT_LISTENER.set(onIntent);
        try {
            return handleText(site, text);
        } finally {
            INTENT_LISTENER.set(previous);
        }
    }

    @Override
    public Response handleText(String site, String text) {
        Response response = dialogs.handle(site, text);
        events.post(Topics.SKILL_RESPONDED, Topics.SITE, site, Topics.TEXT, response.text());
        events.post(response.expect() == Response.Expect.NOTHING ? Topics.DIALOG_ENDED : Topics.DIALOG_WAITING,
                Topics.SITE, site);
        output.say(site, response.text());
        return response;
    }

    /**
     * For the end of speech: whether the words are a command the dialog would act on without asking, as the active
     * intent engine reads them. Posts no event; the command is recognized again when it ends.
     *
     * @param text words heard so far
     * @return whether the intent engine recognizes them at least as confidently as {@code intent.confident}
     */
    public boolean understands(String text) {
        var engine = engines.intentRecognizer();
        if (engine.isEmpty() || text.isBlank()) {
            return false;
        }
        try {
            return engine.get().engine().recognize(text, skills.catalog())
                    .filter(intent -> intent.confidence() >= dialogs.confident()).isPresent();
        } catch (RuntimeException e) {
            LOG.debug("intent engine failed on a partial transcript", e);
            return false;
        }
    }

    @Override
    public boolean expectsReply(String site) {
        return dialogs.expectsReply(site);
    }

    @Override
    public void say(String site, String text) {
        output.say(site, text);
    }

    @Override
    public Optional<Intent> recognize(String site, String text) {
        // Read the engine and catalog once: this utterance finishes on them even if either changes meanwhile.
        var engine = engines.intentRecognizer();
        IntentCatalog catalog = skills.catalog();
        if (engine.isEmpty()) {
            return Optional.empty();
        }
        String engineId = engine.get().info().id();
        Optional<Intent> intent;
        try {
            intent = engine.get().engine().recognize(text, catalog);
        } catch (RuntimeException e) {
            LOG.warn("intent engine {} failed: {}", engineId, e.toString());
            intent = Optional.empty();
        }
        if (intent.isPresent()) {
            Consumer<Intent> listener = INTENT_LISTENER.get();
            if (listener != null) {
                listener.accept(intent.get());
            }
            events.post(Topics.INTENT_RECOGNIZED, Topics.SITE, site, Topics.TEXT, text, Topics.SKILL,
                    intent.get().skillId(), Topics.INTENT, intent.get().name(), Topics.CONFIDENCE,
                    intent.get().confidence(), Topics.ENGINE, engineId);
        } else {
            events.post(Topics.INTENT_NOT_UNDERSTOOD, Topics.SITE, site, Topics.TEXT, text, Topics.ENGINE, engineId);
        }
        return intent;
    }

    @Override
    public SlotValue parseSlot(Intent intent, String slot, String text) {
        SlotType type = skills.catalog().find(intent.skillId(), intent.name())
                .map(e -> e.intent().slots().get(slot))
                .orElse(SlotType.text());
        Optional<IntentRecognizer> engine = engines.intentRecognizer().map(c -> c.engine());
        return engine.isPresent() ? engine.get().parseSlot(text, type) : SlotValue.ofText(text);
    }

    @Override
    public Optional<Skill> skill(String id) {
        return skills.skill(id);
    }

    @Override
    public Response notUnderstood(String text, String site) {
        Fallback current = fallback;
        if (current != null) {
            try {
                return current.notUnderstood(text, site);
            } catch (RuntimeException e) {
                LOG.warn("fallback failed: {}", e.toString());
            }
        }
        return Response.say("Sorry, I didn't understand: " + text);
    }
}
