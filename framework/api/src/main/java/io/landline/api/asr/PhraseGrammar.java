package io.landline.api.asr;

import java.util.Set;
import java.util.function.Predicate;

/**
 * The phrases a recognizer should expect. A recognizer that supports grammars constrains decoding to these
 * phrases; one that does not ignores the grammar.
 *
 * <p>A phrase may hold {@link #FREE_TEXT} where a skill takes free text (a timer's name, an item for a list): the
 * recognizer should decode those words without constraint and the rest of the phrase with it.
 *
 * @param phrases        complete phrases, lower case, as a user would say them
 * @param openVocabulary true when some expected speech is free-form (a dictated message), so decoding must not
 *                       be limited to the phrases
 * @param sentences      whether words the phrases do not list are a sentence of the grammar all the same: an intent
 *                       engine lists a bounded share of what its templates say ("start a {name} timer for
 *                       {duration}" says more than any recognizer's grammar should hold), and a recognizer's
 *                       decoding may put together one it left out ("can you start a noodles timer for nine
 *                       minutes"). Given lower-case words without free-text marks, on the recognizer's thread; it
 *                       must be quick and thread-safe.
 */
public record PhraseGrammar(Set<String> phrases, boolean openVocabulary, Predicate<String> sentences) {

    /** In a phrase, one or more words of free text: {@code add * to the shopping list}. */
    public static final String FREE_TEXT = "*";

    /** The sentences of a grammar that has none beyond its phrases. */
    private static final Predicate<String> ONLY_PHRASES = words -> false;

    /** A grammar that constrains nothing. */
    public static final PhraseGrammar OPEN = new PhraseGrammar(Set.of(), true);

    /** Copies the phrases; no sentences beyond them when {@code sentences} is null. */
    public PhraseGrammar {
        phrases = Set.copyOf(phrases);
        sentences = sentences == null ? ONLY_PHRASES : sentences;
    }

    /** A grammar whose phrases are all its sentences. */
    public PhraseGrammar(Set<String> phrases, boolean openVocabulary) {
        this(phrases, openVocabulary, null);
    }
}
