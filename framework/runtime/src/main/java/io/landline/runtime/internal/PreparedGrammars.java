package io.landline.runtime.internal;

import io.landline.api.asr.PhraseGrammar;
import io.landline.api.wake.WakeWord;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a command grammar needs besides itself: its complete commands, for the early end of speech, the grammar
 * for a reply, with every phrase also after a wake word, and the grammar for a command heard from the wake word's
 * start, with every phrase after a wake word. Made once per grammar and shared by every listening loop:
 * the intent engine returns the same grammar until its catalog changes, and normalising tens of thousands of
 * phrases after every wake word would delay the command. Thread-safe.
 */
final class PreparedGrammars {

    /** A grammar, the wake words its follow-up and wake-led grammars were made for, and what was made. */
    record Prepared(PhraseGrammar grammar, List<WakeWord> wakeWords, CompleteCommands commands,
            PhraseGrammar followUp, PhraseGrammar wakeLed) {
    }

    private Prepared last;

    /**
     * @param grammar   the command grammar
     * @param wakeWords the wake words people may say before a reply out of habit
     * @return the grammar's complete commands and follow-up grammar, made now unless they were made before
     */
    synchronized Prepared of(PhraseGrammar grammar, List<WakeWord> wakeWords) {
        Prepared known = last;
        // The same grammar object comes back after every wake word: compare by identity first, as comparing
        // grammars compares every phrase.
        if (known != null && (known.grammar() == grammar || known.grammar().equals(grammar))
                && known.wakeWords().equals(wakeWords)) {
            return known;
        }
        Set<String> normalized = new HashSet<>();
        grammar.phrases().forEach(p -> normalized.add(Normalizer.normalize(p)));
        last = new Prepared(grammar, wakeWords, new CompleteCommands(normalized), withWakeWords(grammar, wakeWords,
                true), withWakeWords(grammar, wakeWords, false));
        return last;
    }

    /**
     * @param alone whether the phrases are also there without a wake word: for a reply, where people say
     *              "computer, ..." out of habit, and without the wake word in the grammar the recognizer would force
     *              it into command words ("computer" heard as "can you do"); not for a command heard from its wake
     *              word's start, where half the phrases would be no use and cost decoding time
     * @return the grammar with every phrase after each wake word
     */
    private static PhraseGrammar withWakeWords(PhraseGrammar grammar, List<WakeWord> wakeWords, boolean alone) {
        if (grammar.phrases().isEmpty()) {
            return grammar;
        }
        Set<String> phrases = alone ? new HashSet<>(grammar.phrases()) : new HashSet<>();
        for (WakeWord wakeWord : wakeWords) {
            phrases.add(wakeWord.phrase());
            grammar.phrases().forEach(p -> phrases.add(wakeWord.phrase() + " " + p));
        }
        return new PhraseGrammar(phrases, grammar.openVocabulary(), words -> alone && grammar.sentences().test(words)
                || wakeWords.stream().anyMatch(w -> words.startsWith(w.phrase() + " ")
                        && grammar.sentences().test(words.substring(w.phrase().length() + 1))));
    }
}
