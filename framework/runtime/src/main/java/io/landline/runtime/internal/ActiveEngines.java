package io.landline.runtime.internal;

import io.landline.api.asr.SpeechRecognizer;
import io.landline.api.engine.EngineInfo;
import io.landline.api.engine.Engines;
import io.landline.api.engine.Stage;
import io.landline.api.engine.StageStatus;
import io.landline.api.event.Topics;
import io.landline.api.intent.IntentRecognizer;
import io.landline.api.tts.SpeechSynthesizer;
import io.landline.api.wake.WakeWordSpotter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One active engine per stage. Tracks every registered engine of every stage and picks, per stage, the engine
 * configuration pins ({@code intent.engine = exact} in {@code etc/io.landline.engines.cfg}) or else the highest
 * ranked. Pinning by id rather than by a DS target filter means a typo cannot leave a stage unbound: a pinned
 * engine that is not installed is reported and the ranking decides until it appears.
 */
@Component(service = ActiveEngines.class, configurationPid = ActiveEngines.PID)
public class ActiveEngines {

    static final String PID = "io.landline.engines";
    private static final Logger LOG = LoggerFactory.getLogger(ActiveEngines.class);

    private final EventPoster events;
    private final ProblemLog problems;
    private final Map<Stage, EngineSelection<?>> selections = new EnumMap<>(Stage.class);
    private final EngineSelection<WakeWordSpotter> wake = selection(Stage.WAKE_WORD);
    private final EngineSelection<SpeechRecognizer> asr = selection(Stage.SPEECH_RECOGNIZER);
    private final EngineSelection<IntentRecognizer> intent = selection(Stage.INTENT_RECOGNIZER);
    private final EngineSelection<SpeechSynthesizer> tts = selection(Stage.SPEECH_SYNTHESIZER);

    /**
     * @param events   posts engine changes
     * @param problems reports pinned engines that are missing
     */
    @Activate
    public ActiveEngines(@Reference EventPoster events, @Reference ProblemLog problems, Map<String, Object> config) {
        this.events = events;
        this.problems = problems;
        configure(config);
    }

    @Modified
    void configure(Map<String, Object> config) {
        Settings settings = new Settings(config, PID, problems.problems());
        for (Stage stage : Stage.values()) {
            selections.get(stage).pin(settings.text(stage.key() + ".engine", null));
        }
        settings.finish();
        reportMissingPins();
    }

    /** @return the wake-word engine in use now */
    public Optional<WakeWordSpotter> wakeWord() {
        return wake.active().map(EngineSelection.Candidate::engine);
    }

    /** @return the speech recognizer in use now, with its id */
    public Optional<EngineSelection.Candidate<SpeechRecognizer>> speechRecognizer() {
        return asr.active();
    }

    /** @return the intent recognizer in use now, with its id */
    public Optional<EngineSelection.Candidate<IntentRecognizer>> intentRecognizer() {
        return intent.active();
    }

    /** @return the speech synthesizer in use now */
    public Optional<SpeechSynthesizer> speechSynthesizer() {
        return tts.active().map(EngineSelection.Candidate::engine);
    }

    /** @return every stage's engines */
    public List<StageStatus> status() {
        List<StageStatus> status = new ArrayList<>();
        selections.forEach((stage, selection) -> status.add(new StageStatus(stage,
                selection.active().map(EngineSelection.Candidate::info), selection.available(),
                selection.pinned())));
        return status;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            updated = "updatedWakeWord")
    void bindWakeWord(ServiceReference<WakeWordSpotter> ref, WakeWordSpotter engine) {
        wake.add(candidate(ref, engine));
    }

    void updatedWakeWord(ServiceReference<WakeWordSpotter> ref, WakeWordSpotter engine) {
        bindWakeWord(ref, engine);
    }

    void unbindWakeWord(ServiceReference<WakeWordSpotter> ref) {
        wake.remove(serviceId(ref));
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            updated = "updatedSpeechRecognizer")
    void bindSpeechRecognizer(ServiceReference<SpeechRecognizer> ref, SpeechRecognizer engine) {
        asr.add(candidate(ref, engine));
    }

    void updatedSpeechRecognizer(ServiceReference<SpeechRecognizer> ref, SpeechRecognizer engine) {
        bindSpeechRecognizer(ref, engine);
    }

    void unbindSpeechRecognizer(ServiceReference<SpeechRecognizer> ref) {
        asr.remove(serviceId(ref));
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            updated = "updatedIntentRecognizer")
    void bindIntentRecognizer(ServiceReference<IntentRecognizer> ref, IntentRecognizer engine) {
        intent.add(candidate(ref, engine));
    }

    void updatedIntentRecognizer(ServiceReference<IntentRecognizer> ref, IntentRecognizer engine) {
        bindIntentRecognizer(ref, engine);
    }

    void unbindIntentRecognizer(ServiceReference<IntentRecognizer> ref) {
        intent.remove(serviceId(ref));
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            updated = "updatedSpeechSynthesizer")
    void bindSpeechSynthesizer(ServiceReference<SpeechSynthesizer> ref, SpeechSynthesizer engine) {
        tts.add(candidate(ref, engine));
    }

    void updatedSpeechSynthesizer(ServiceReference<SpeechSynthesizer> ref, SpeechSynthesizer engine) {
        bindSpeechSynthesizer(ref, engine);
    }

    void unbindSpeechSynthesizer(ServiceReference<SpeechSynthesizer> ref) {
        tts.remove(serviceId(ref));
    }

    private <T> EngineSelection<T> selection(Stage stage) {
        EngineSelection<T> selection = new EngineSelection<>((previous, next) -> changed(stage, previous, next));
        selections.put(stage, selection);
        return selection;
    }

    private void changed(Stage stage, Optional<String> previous, Optional<String> next) {
        LOG.info("{} engine: {} -> {}", stage.key(), previous.orElse("none"), next.orElse("none"));
        events.post(Topics.ENGINE_CHANGED, Topics.STAGE, stage.key(), Topics.ENGINE, next.orElse(null),
                Topics.PREVIOUS, previous.orElse(null));
        reportMissingPins();
    }

    private void reportMissingPins() {
        selections.forEach((stage, selection) -> {
            String source = PID + " " + stage.key() + ".engine";
            if (selection.pinnedMissing()) {
                problems.problems().report(source, "pinned " + stage.key() + " engine '"
                        + selection.pinned().orElseThrow() + "' is not installed; using the highest ranked instead");
            } else {
                problems.problems().clear(source);
            }
        });
    }

    private static <T> EngineSelection.Candidate<T> candidate(ServiceReference<T> ref, T engine) {
        Object id = ref.getProperty(Engines.ENGINE_ID);
        Object ranking = ref.getProperty(Constants.SERVICE_RANKING);
        String bundle = ref.getBundle() == null ? "?" : ref.getBundle().getSymbolicName();
        return new EngineSelection.Candidate<>(serviceId(ref),
                new EngineInfo(id == null ? bundle : id.toString(), ranking instanceof Integer i ? i : 0, bundle),
                engine);
    }

    private static long serviceId(ServiceReference<?> ref) {
        return (Long) ref.getProperty(Constants.SERVICE_ID);
    }
}
