package io.landline.api.asr;

import java.util.Set;

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
 */
public record PhraseGrammar(Set<String> phrases, boolean openVocabulary) {

    /** In a phrase, one or more words of free text: {@code add * to the shopping list}. */
    public static final String FREE_TEXT = "*";

    /** A grammar that constrains nothing. */
    public static final PhraseGrammar OPEN = new PhraseGrammar(Set.of(), true);

    /** Copies the phrases. */
    public PhraseGrammar {
        phrases = Set.copyOf(phrases);
    }
}
