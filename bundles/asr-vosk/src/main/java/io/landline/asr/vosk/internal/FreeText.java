package io.landline.asr.vosk.internal;

import io.landline.api.asr.PhraseGrammar;
import java.util.ArrayList;
import java.util.List;

/**
 * Two-step decoding of free text. The constrained pass hears the command's fixed words and marks free text as
 * {@code [unk]} ("add [unk] to the shopping list"); an unconstrained pass over the same audio hears every word but
 * gets fixed words wrong more often. The result takes the fixed words from the first and, for each run of
 * {@code [unk]}, the unconstrained words said between the fixed words around it.
 */
final class FreeText {

    private FreeText() {
    }

    /**
     * @param constrained the words of the grammar pass, with [unk] where it heard something outside the grammar
     * @param open        the words of an unconstrained pass over the same audio
     * @return the constrained words with every [unk] run replaced by the open words timed between its neighbours
     */
    static String splice(List<Words.Word> constrained, List<Words.Word> open) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < constrained.size()) {
            if (!constrained.get(i).isUnknown()) {
                out.add(constrained.get(i).text());
                i++;
                continue;
            }
            int end = i;
            while (end < constrained.size() && constrained.get(end).isUnknown()) {
                end++;
            }
            // Between the fixed words around the run, not the run's own times: Vosk's [unk] timing is rough.
            double from = i == 0 ? Double.NEGATIVE_INFINITY : constrained.get(i - 1).endSeconds();
            double to = end == constrained.size() ? Double.POSITIVE_INFINITY : constrained.get(end).startSeconds();
            for (Words.Word word : open) {
                double middle = (word.startSeconds() + word.endSeconds()) / 2;
                if (middle > from && middle < to && !word.isUnknown()) {
                    out.add(word.text());
                }
            }
            i = end;
        }
        return String.join(" ", out);
    }

    /** @return the words with each run of [unk] as one {@code *}: the phrase shape a free-text template has */
    static String shape(List<Words.Word> words) {
        List<String> out = new ArrayList<>();
        for (Words.Word word : words) {
            String text = word.isUnknown() ? PhraseGrammar.FREE_TEXT : word.text();
            if (!(word.isUnknown() && !out.isEmpty() && out.get(out.size() - 1).equals(text))) {
                out.add(text);
            }
        }
        return String.join(" ", out);
    }

    /**
     * @param unknownToo whether [unk] at the edges is dropped too: noise there (a breath, the wake word's tail) is
     *                   no word
     * @return the words without the {@link VoskJson#FILLERS} they start or end with, and without the [unk]
     */
    static String withoutEdgeNoise(List<Words.Word> words, boolean unknownToo) {
        int from = 0;
        int to = words.size();
        while (from < to && isNoise(words.get(from), unknownToo)) {
            from++;
        }
        while (to > from && isNoise(words.get(to - 1), unknownToo)) {
            to--;
        }
        return String.join(" ", words.subList(from, to).stream().map(Words.Word::text).toList());
    }

    private static boolean isNoise(Words.Word word, boolean unknownToo) {
        return unknownToo && word.isUnknown() || VoskJson.FILLERS.contains(word.text());
    }
}
