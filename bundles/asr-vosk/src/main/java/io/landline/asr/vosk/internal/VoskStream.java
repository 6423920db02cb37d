package io.landline.asr.vosk.internal;

import io.landline.api.asr.RecognitionException;
import io.landline.api.asr.RecognitionResult;
import io.landline.api.asr.RecognitionStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vosk.Recognizer;

/**
 * One utterance on a Vosk recognizer of its own while it lasts, holding a reference to the model until closed;
 * then the recognizer goes back to the engine's {@link RecognizerPool} for the next utterance on its grammar.
 *
 * <p>In grammar mode decoding is constrained to the known phrases plus {@code [unk]}, the recognizer gives its
 * best hypotheses, and the stream keeps the utterance's audio. The best hypothesis that is a phrase is the result.
 * When none is, the kept audio is decoded again with only the phrases that begin with the word the best began with
 * ({@link PhraseFamilies}), and the best of those that is a phrase is the result. When it is a free-text phrase
 * ("add [unk] to the shopping list"), or when still no hypothesis is a phrase and the best has words outside the
 * grammar, the kept audio is decoded without a grammar and {@link FreeText} fills the gaps. A hypothesis without
 * unknown words that misses a phrase by a word is snapped onto it. Constrained decoding is what makes commands
 * accurate (open decoding hears "what's the date" as "what made it"); the second pass is what catches free text
 * ("add oat milk to the shopping list"). Most commands cost one pass.
 */
final class VoskStream implements RecognitionStream {

    private static final Logger LOG = LoggerFactory.getLogger(VoskStream.class);

    /**
     * The most audio kept for a second pass: 20 s at 16 kHz, 16-bit. Commands and dictated slots are a few
     * seconds; the second pass runs on the listening thread, so it must stay short.
     */
    static final int MAX_KEPT_BYTES = 20 * 32_000;

    /**
     * How likely, against the best, a hypothesis must be to be taken for being nearer a phrase: a tenth. Chosen on
     * the speech benchmark's development sets, where the hypotheses taken rightly scored 0.2 to 0.4 and the one
     * taken wrongly 0.06.
     */
    static final double LEAST_RELATIVE_SCORE = 0.1;

    /** The most focused passes for one utterance, each on the phrases beginning with another word. */
    static final int FOCUSED_PASSES = 2;

    /** Makes the recognizers for a second pass. */
    interface Recognizers {
        /**
         * @param grammar a Vosk grammar, giving several hypotheses; null for an unconstrained recognizer
         * @return a new recognizer on the stream's model
         */
        Recognizer create(String grammar) throws IOException;
    }

    /**
     * In grammar mode, the grammar's phrases as the stream needs them.
     *
     * @param sentences whether words no phrase lists are a sentence of the grammar all the same (see
     *                  {@link io.landline.api.asr.PhraseGrammar#sentences})
     */
    record Grammar(PhraseSnapper snapper, PhraseFamilies families, Predicate<String> sentences) {
    }

    private final RecognizerPool.Lease lease;
    private final Consumer<RecognizerPool.Lease> giveBack;
    private final Recognizers passes;
    private final ByteArrayOutputStream kept;
    private final SharedModel model;
    private final PhraseSnapper snapper;
    private final PhraseFamilies families;
    private final Predicate<String> sentences;
    /**
     * The recognizer's final result when it was last asked to settle, until more audio comes: {@link #finish}
     * takes it, since the recognizer has ended its utterance there.
     */
    private String settledJson;
    private boolean closed;

    /**
     * @param lease    the recognizer, constrained to a grammar in grammar mode, at the start of an utterance
     * @param giveBack takes the recognizer when the stream closes
     * @param passes   in grammar mode, makes the recognizers for second passes; null otherwise
     * @param model    released when the stream closes
     * @param grammar  in grammar mode, the grammar's phrases; null otherwise
     */
    VoskStream(RecognizerPool.Lease lease, Consumer<RecognizerPool.Lease> giveBack, Recognizers passes,
            SharedModel model, Grammar grammar) {
        this.lease = lease;
        this.giveBack = giveBack;
        this.passes = passes;
        this.kept = passes == null ? null : new ByteArrayOutputStream();
        this.model = model;
        this.snapper = grammar == null ? null : grammar.snapper();
        this.families = grammar == null ? null : grammar.families();
        this.sentences = grammar == null ? null : grammar.sentences();
    }

    @Override
    public RecognitionResult accept(byte[] pcm, int offset, int length) throws RecognitionException {
        check();
        byte[] data = pcm;
        if (offset != 0) {
            data = new byte[length];
            System.arraycopy(pcm, offset, data, 0, length);
        }
        int whole = length - length % 2;
        try {
            if (settledJson != null) {
                resumeAfterSettling();
            }
            boolean endpoint = lease.accept(data, whole);
            if (passes != null) {
                if (kept.size() + whole <= MAX_KEPT_BYTES) {
                    kept.write(data, 0, whole);
                }
                // A second pass may follow, so the listening loop's end-of-speech decides when to finish.
                return new RecognitionResult(VoskJson.text(lease.recognizer().getPartialResult()), false, 1.0);
            }
            if (endpoint) {
                String json = lease.recognizer().getResult();
                return new RecognitionResult(VoskJson.text(json), true, VoskJson.confidence(json));
            }
            return new RecognitionResult(VoskJson.text(lease.recognizer().getPartialResult()), false, 1.0);
        } catch (RuntimeException e) {
            throw new RecognitionException("Vosk failed to decode: " + e.getMessage(), e);
        }
    }

    @Override
    public RecognitionResult finish() throws RecognitionException {
        check();
        try {
            String json = settledJson != null ? settledJson : lease.finalResult();
            if (passes == null) {
                return new RecognitionResult(VoskJson.text(json), true, VoskJson.confidence(json));
            }
            List<VoskJson.Alternative> alternatives = alternativesOfThisUtterance(json);
            if (alternatives.isEmpty()) {
                return new RecognitionResult("", true, 1.0);
            }
            if (LOG.isDebugEnabled()) {
                LOG.debug("grammar pass: {}", texts(alternatives));
            }
            Optional<RecognitionResult> phrase = firstPhrase(alternatives, true);
            for (Iterator<String> lead = leads(alternatives).iterator(); phrase.isEmpty() && lead.hasNext(); ) {
                phrase = focusedPass(lead.next());
            }
            if (phrase.isPresent()) {
                return phrase.get();
            }
            // None is: the hypothesis nearest a phrase, laid onto it, or with its unknown words heard openly.
            VoskJson.Alternative best = nearestToAPhrase(alternatives, snapper);
            Optional<List<Words.Word>> freeText = snapper.asFreeText(best.words());
            if (freeText.isPresent()) {
                return withFreeText(freeText.get(), best.relativeScore());
            }
            RecognitionResult snapped = snapper.snap(VoskJson.withoutUnknown(best.text()), best.relativeScore());
            if (!best.hasUnknown() || isSentence(snapped.text())) {
                return snapped;
            }
            return withFreeText(best.words(), best.relativeScore());
        } catch (IOException e) {
            throw new RecognitionException("Vosk cannot start a second pass: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new RecognitionException("Vosk failed to decode: " + e.getMessage(), e);
        }
    }

    /**
     * Ends the recognizer's utterance where the audio is now and takes the likeliest hypothesis that is a phrase, as
     * {@link #finish} would. The running partial result lags behind the speech by 300 ms or more at times; the
     * final result does not. Nothing is decoded twice when the command did end here, the usual case: should the
     * speaker go on, the next audio is decoded after the kept audio once more ({@link #resumeAfterSettling}), which
     * is what a separate settling pass cost every time.
     *
     * @return the phrase, unless it has free text (a second pass is for {@link #finish}) or none is heard
     */
    @Override
    public Optional<RecognitionResult> settle() throws RecognitionException {
        check();
        if (passes == null) {
            return Optional.empty();
        }
        try {
            if (settledJson == null) {
                settledJson = lease.finalResult();
            }
            List<VoskJson.Alternative> alternatives = alternativesOfThisUtterance(settledJson);
            // The speech benchmark reads this line to give its bare-Vosk baseline the same finalizing.
            LOG.debug("settled over {} ms: {}", kept.size() / 32, texts(alternatives));
            return choose(alternatives, true).filter(c -> !c.freeText())
                    .map(c -> new RecognitionResult(c.text(), true, c.alternative().relativeScore()));
        } catch (RuntimeException e) {
            throw new RecognitionException("Vosk failed to decode: " + e.getMessage(), e);
        }
    }

    /**
     * @return the hypotheses of the stream's recognizer, their words timed from the kept audio's start as a second
     *         pass times them: a recognizer kept from earlier utterances times words from the first sample it
     *         ever heard, and the current round began with the kept audio
     */
    private List<VoskJson.Alternative> alternativesOfThisUtterance(String json) {
        double offset = lease.roundStartSeconds();
        return VoskJson.alternatives(json).stream().map(a -> new VoskJson.Alternative(a.text(),
                Words.shifted(a.words(), -offset), a.relativeScore())).toList();
    }

    /** The speaker went on after the recognizer settled: it hears the utterance so far again, then goes on. */
    private void resumeAfterSettling() {
        settledJson = null;
        byte[] audio = kept.toByteArray();
        // The speech benchmark reads this line to give its bare-Vosk baseline the same decoding.
        LOG.debug("resumed after settling: decoding {} ms again", audio.length / 32);
        lease.accept(audio, audio.length);
    }

    /**
     * The hypothesis chosen: its words, or those of its words that are a phrase once edge noise is dropped, and
     * whether they hold free text for a second pass to hear.
     */
    private record Choice(VoskJson.Alternative alternative, String text, boolean freeText) {
    }

    /**
     * @param edgeNoise whether unknown words before or after a phrase may be noise (a breath, the wake word's
     *                  tail), not words; in a focused pass they are words the phrases do not have
     * @return the likeliest hypothesis that is a phrase: as it stands, with free text to hear in a second pass, or
     *         with fillers ("please") and edge noise dropped; empty when none is. Vosk turns a grammar into a
     *         word-pair model, which also allows word sequences that are no phrase ("what time minute"). A
     *         hypothesis cut short (see {@link #isCutShort}) is not taken; a likely one with a teen for its tens
     *         word is taken instead (see {@link TeensOverTens}).
     */
    private Optional<Choice> choose(List<VoskJson.Alternative> alternatives, boolean edgeNoise) {
        List<VoskJson.Alternative> likely = likely(alternatives);
        for (VoskJson.Alternative alternative : alternatives) {
            if (isCutShort(alternative, likely)) {
                continue;
            }
            Optional<Choice> choice = asPhrase(alternative, edgeNoise);
            if (choice.isPresent()) {
                return TeensOverTens.teenTwin(alternative, likely).flatMap(teen -> asPhrase(teen, edgeNoise))
                        .or(() -> choice);
            }
        }
        return Optional.empty();
    }

    /** @return the hypothesis as a phrase, as {@link #choose} takes it; empty when it is none */
    private Optional<Choice> asPhrase(VoskJson.Alternative alternative, boolean edgeNoise) {
        if (!alternative.hasUnknown() && isSentence(alternative.text())) {
            return Optional.of(new Choice(alternative, alternative.text(), false));
        }
        if (alternative.hasUnknown() && snapper.isPhrase(FreeText.shape(alternative.words()))) {
            return Optional.of(new Choice(alternative, alternative.text(), true));
        }
        String inner = FreeText.withoutEdgeNoise(alternative.words(), edgeNoise);
        if (!inner.contains(VoskJson.UNKNOWN) && isSentence(inner)) {
            return Optional.of(new Choice(alternative, inner, false));
        }
        return Optional.empty();
    }

    /** @return the likeliest hypothesis that is a phrase (see {@link #choose}), its free text heard openly */
    private Optional<RecognitionResult> firstPhrase(List<VoskJson.Alternative> alternatives, boolean edgeNoise)
            throws IOException {
        Optional<Choice> choice = choose(alternatives, edgeNoise);
        if (choice.isPresent() && choice.get().freeText()) {
            return Optional.of(withFreeText(choice.get().alternative().words(),
                    choice.get().alternative().relativeScore()));
        }
        return choice.map(c -> new RecognitionResult(c.text(), true, c.alternative().relativeScore()));
    }

    /**
     * @param text words without unknown ones
     * @return whether they are a phrase of the grammar or, though no phrase lists them, a sentence of it: the
     *         phrases are a bounded expansion of an intent engine's templates, and Vosk's word-pair model may put
     *         together a sentence they left out
     */
    private boolean isSentence(String text) {
        return snapper.isPhrase(text) || sentences.test(VoskJson.clean(text));
    }

    /**
     * @return how the likelier hypotheses begin (unknown words skipped; see {@link PhraseFamilies#lead}), likeliest
     *         first, at most {@link #FOCUSED_PASSES}, each the beginning of some phrases: the first word may be
     *         misheard too ("minutes an alarm for salmon forty five" before "set an alarm for salmon forty five")
     */
    private List<String> leads(List<VoskJson.Alternative> alternatives) {
        Set<String> words = new LinkedHashSet<>();
        for (VoskJson.Alternative alternative : alternatives) {
            if (words.size() == FOCUSED_PASSES || alternative.relativeScore() < LEAST_RELATIVE_SCORE) {
                break;
            }
            families.lead(alternative.words().stream().filter(w -> !w.isUnknown()).map(Words.Word::text).toList())
                    .filter(families::narrows).ifPresent(words::add);
        }
        return List.copyOf(words);
    }

    /**
     * @return the likeliest phrase when the kept audio is decoded again with only the phrases that begin so; empty
     *         when there are no such phrases or none is heard
     */
    private Optional<RecognitionResult> focusedPass(String lead) throws IOException {
        Optional<String> grammar = families.grammar(lead);
        if (grammar.isEmpty()) {
            return Optional.empty();
        }
        try (Recognizer focused = passes.create(grammar.get())) {
            byte[] audio = kept.toByteArray();
            focused.acceptWaveForm(audio, audio.length);
            List<VoskJson.Alternative> alternatives = VoskJson.alternatives(focused.getFinalResult());
            // The speech benchmark reads this line to give its bare-Vosk baseline the same focused passes.
            if (LOG.isDebugEnabled()) {
                LOG.debug("focused pass over {} ms on the {} phrases beginning '{}': {}", audio.length / 32,
                        families.size(lead), lead, texts(alternatives));
            }
            return firstPhrase(alternatives, false);
        }
    }

    /**
     * @return the hypothesis fewest word edits from a phrase, the likelier on a tie; the likeliest when none is
     *         near one. Vosk's word-pair model may wander between phrases in its best hypothesis ("an bread timer
     *         shopping list") while a later one holds the phrase said with one word off ("an bread to the shopping
     *         list"). A hypothesis far less likely than the best is not taken: that is noise fitted to a phrase
     *         ("forty on" for "heads or tails" must not become "set forty alarm", then "set an alarm"). Nor is one
     *         that kept a single word where a likely one heard that word and more: "computer [unk]" is one edit
     *         from the bare wake word, but "computer flip a [unk] you" says what was said after it.
     */
    static VoskJson.Alternative nearestToAPhrase(List<VoskJson.Alternative> alternatives, PhraseSnapper snapper) {
        List<VoskJson.Alternative> likely = likely(alternatives);
        // Not all are cut short: the one that makes another so is not.
        VoskJson.Alternative nearest = null;
        int fewest = Integer.MAX_VALUE;
        for (VoskJson.Alternative alternative : likely) {
            if (isCutShort(alternative, likely)) {
                continue;
            }
            int edits = snapper.editsToNearest(alternative.words());
            if (nearest == null || edits < fewest) {
                fewest = edits;
                nearest = alternative;
            }
        }
        if (nearest != alternatives.get(0)) {
            LOG.debug("took '{}' (relative score {}), {} word edits from a phrase, over '{}'", nearest.text(),
                    nearest.relativeScore(), fewest, alternatives.get(0).text());
        }
        return nearest;
    }

    /** @return the best hypothesis and those at least {@link #LEAST_RELATIVE_SCORE} as likely */
    private static List<VoskJson.Alternative> likely(List<VoskJson.Alternative> alternatives) {
        return alternatives.stream()
                .filter(a -> a == alternatives.get(0) || a.relativeScore() >= LEAST_RELATIVE_SCORE).toList();
    }

    /**
     * @return whether the hypothesis heard one word (fillers aside) and another likely one heard that word first and
     *         more: the rest was lost, not unsaid ("computer [unk]" or "computer please" beside "computer flip a
     *         [unk] you" is no bare wake word)
     */
    private static boolean isCutShort(VoskJson.Alternative alternative, List<VoskJson.Alternative> likely) {
        List<String> heard = contentWords(alternative);
        return heard.size() == 1 && likely.stream().map(VoskStream::contentWords)
                .anyMatch(other -> other.size() > 1 && other.get(0).equals(heard.get(0)));
    }

    /** @return the words heard, without [unk] and the {@link VoskJson#FILLERS} */
    private static List<String> contentWords(VoskJson.Alternative alternative) {
        return alternative.words().stream().map(Words.Word::text)
                .filter(w -> !w.equals(VoskJson.UNKNOWN) && !VoskJson.FILLERS.contains(w)).toList();
    }

    private static List<String> texts(List<VoskJson.Alternative> alternatives) {
        return alternatives.stream().map(VoskJson.Alternative::text).toList();
    }

    /** @return the words with their [unk] replaced by what an unconstrained pass heard there */
    private RecognitionResult withFreeText(List<Words.Word> words, double confidence) throws IOException {
        try (Recognizer second = passes.create(null)) {
            byte[] audio = kept.toByteArray();
            second.acceptWaveForm(audio, audio.length);
            String json = second.getFinalResult();
            String text = FreeText.splice(words, Words.parse(json));
            // The speech benchmark reads this line to give its bare-Vosk baseline the same second passes.
            LOG.debug("second pass over {} ms heard '{}', free text gives '{}'", audio.length / 32,
                    VoskJson.text(json), text);
            return new RecognitionResult(text, true, confidence);
        }
    }

    private void check() throws RecognitionException {
        if (closed) {
            throw new RecognitionException("the recognition stream is closed");
        }
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            giveBack.accept(lease);
            model.release();
        }
    }
}
