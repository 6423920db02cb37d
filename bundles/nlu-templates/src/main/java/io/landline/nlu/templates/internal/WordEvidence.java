package io.landline.nlu.templates.internal;

import io.landline.api.intent.IntentCatalog;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The template engine's last resort, for wordings no template has ("settle this with a coin flip" where the
 * templates say "flip a coin"): which intent's own words an utterance uses. It is a bag-of-words classifier trained
 * on the templates, the step after the exact parser in engines such as Snips NLU, without their statistics: each
 * literal word of an intent's templates is evidence for that intent, weighted by how few intents use it (its
 * inverse document frequency), so "coin" says more than "timer"; fillers and function words say nothing. A time of
 * day, a length of time or a date counts as a word too ("{time}" for "ten past six", see
 * {@link CompiledCatalog#TELLING_KINDS}): it is evidence for the intents whose templates take one.
 *
 * <p>A guess needs two words of evidence or more, a clear lead over the next intent, and an utterance of mostly
 * known words: speech that merely mentions a command's words among others is no command. Immutable.
 */
final class WordEvidence {

    /**
     * The least evidence for a guess: two words each used by about a third of the intents, or one distinctive word
     * and a common one. Chosen on the speech benchmark's development sets.
     */
    static final double LEAST_EVIDENCE = 2.0;
    /** The next intent must have at most this share of the best one's evidence. */
    static final double LEAD = 0.6;
    /** At least this share of the utterance's words must be ones the catalog's templates use. */
    static final double KNOWN_SHARE = 0.5;
    /**
     * Function words, which tell no intent from another however few templates use them: Lucene's English stop
     * words, the usual list for bag-of-words matching. {@link Words#FILLERS} are left out as well.
     */
    static final Set<String> STOP_WORDS = Set.of("a", "an", "and", "are", "as", "at", "be", "but", "by", "for",
            "if", "in", "into", "is", "it", "no", "not", "of", "on", "or", "such", "that", "the", "their", "then",
            "there", "these", "they", "this", "to", "was", "will", "with");

    private final List<IntentCatalog.Entry> intents;
    /** By word: the intents (indexes into {@link #intents}) whose templates use it. */
    private final Map<String, int[]> users;
    /** By word: its weight, the log of how many intents there are over how many use it. */
    private final Map<String, Double> weights;

    private WordEvidence(List<IntentCatalog.Entry> intents, Map<String, int[]> users, Map<String, Double> weights) {
        this.intents = intents;
        this.users = users;
        this.weights = weights;
    }

    /** @param words by intent, the literal words of its templates */
    static WordEvidence of(Map<IntentCatalog.Entry, Set<String>> words) {
        List<IntentCatalog.Entry> intents = List.copyOf(words.keySet());
        Map<String, Set<Integer>> byWord = new HashMap<>();
        for (int i = 0; i < intents.size(); i++) {
            for (String word : words.get(intents.get(i))) {
                if (tells(word)) {
                    byWord.computeIfAbsent(word, w -> new LinkedHashSet<>()).add(i);
                }
            }
        }
        Map<String, int[]> users = new HashMap<>();
        Map<String, Double> weights = new HashMap<>();
        byWord.forEach((word, using) -> {
            users.put(word, using.stream().mapToInt(Integer::intValue).toArray());
            weights.put(word, Math.log((double) intents.size() / using.size()));
        });
        return new WordEvidence(intents, users, weights);
    }

    /**
     * @param words the utterance's words
     * @return the intent whose template words the utterance uses most tellingly; empty when the evidence is thin,
     *         shared by another intent nearly as much, or drowned in words no template uses
     */
    Optional<IntentCatalog.Entry> guess(String[] words) {
        int telling = 0;
        int known = 0;
        Set<String> said = new LinkedHashSet<>();
        for (String word : words) {
            if (tells(word)) {
                telling++;
                if (users.containsKey(word)) {
                    known++;
                    said.add(word);
                }
            }
        }
        if (known < KNOWN_SHARE * telling) {
            return Optional.empty();
        }
        double[] evidence = new double[intents.size()];
        int[] evidenceWords = new int[intents.size()];
        for (String word : said) {
            for (int i : users.get(word)) {
                evidence[i] += weights.get(word);
                evidenceWords[i]++;
            }
        }
        int best = -1;
        double second = 0;
        for (int i = 0; i < evidence.length; i++) {
            if (best < 0 || evidence[i] > evidence[best]) {
                second = best < 0 ? 0 : evidence[best];
                best = i;
            } else {
                second = Math.max(second, evidence[i]);
            }
        }
        if (best < 0 || evidenceWords[best] < 2 || evidence[best] < LEAST_EVIDENCE || second > LEAD * evidence[best]) {
            return Optional.empty();
        }
        return Optional.of(intents.get(best));
    }

    /**
     * @return whether the word may tell one intent from another: not a filler, not a function word, and not a
     *         number, which is a slot value in most intents even where one template spells it out ("call one one
     *         two"): a misheard dictated number must not make a guess of the emergency call
     */
    static boolean tells(String word) {
        return !Words.FILLERS.contains(word) && !STOP_WORDS.contains(word) && !Words.isNumber(word);
    }
}
