package io.landline.asr.vosk.internal;

import io.landline.api.wake.WakeWord;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The grammar a wake-word stream decodes with: the wake phrases, competing words, and {@code [unk]}. With only the
 * wake word and {@code [unk]}, every word that sounds a little like it ("computed", "commuter") is forced onto the
 * wake word; with the model's whole vocabulary, its language model talks synthetic or accented voices out of
 * rare words ("computer, what time" came back as "can you get what time"). In between, a few hundred common
 * words and near variants of each wake word give ordinary speech somewhere else to go, with no language-model
 * bias against the wake word.
 *
 * <p>Sensitivity decides the competition: up to 0.3 a wake word also competes with its own variants
 * ("computers", "computed", "compute"; this also loses some real wake words: a fast Scottish "computer, what's"
 * came out as "compute up what's"), up to 0.9 with the common words and the decoys, above 0.9 with nothing but
 * {@code [unk]} (fires readily).
 *
 * <p>Not "through", though it is common: "can" and "through" together outscored "computer" said slowly in a low
 * American voice (en-us+adam at 138 wpm), which lost 7 of 9 wake words to them.
 */
final class WakeGrammar {

    static final String COMMON = "the of and to a in is it you that he was for on are with as i his they be at one "
            + "have this from or had by not word but what some we can out other were all there when up use your how "
            + "said an each she which do their time if will way about many then them write would like so these her "
            + "long make thing see him two has look more day could go come did number sound no most people my over "
            + "know water than call first who may down side been now find any new work part take get place made "
            + "live where after back little only round man year came show every good me give our under name very "
            + "just form sentence great think say help low line differ turn cause much mean before move "
            + "right boy old too same tell does set three want air well also play small end put home read hand port "
            + "large spell add even land here must big high such follow act why ask men change went light kind off "
            + "need house picture try us again animal point mother world near build self earth father yes okay "
            + "hey hello hi please thanks thank stop start open close turn music light lights phone";

    /**
     * Words that sound like the default wake word "computer" but are not: without them "the commuter train" woke
     * the assistant. Operators with other wake words add their own near misses with {@code decoys}. "cup": "borrow
     * a cup of sugar" woke it; "competent": "a competent composer" did, in three of six voices. "computers": "new
     * computers" did, though it is no wake word said (the plural costs no real wake words in the development sets;
     * at a sensitivity up to 0.3 it competes anyway, as a variant).
     *
     * <p>"computed" is one, and "pewter" is not: spoken to a Vosk recognizer on this grammar in the 184 voices and
     * speeds of the speech benchmark's tuning and development sets ({@code scripts/bench-speech --wake-decoys}),
     * "computer" before five commands, each at two placements in the audio (1,840 wake words), and eight sentences
     * with near misses (1,472), gave 89 wake words missed and 104 false wakes with "pewter" and without "computed"
     * ("the company computed the numbers" woke it in 68 of them), and 78 missed and 17 false wakes the other way
     * round (docs/benchmarks.md). "pewter" had taken real wake words as "can pewter" in Caribbean and Welsh voices.
     */
    static final String DEFAULT_DECOYS = "commuter commuters commute commuted company compare composer composed "
            + "complete competitor computation computed counter cuter tutor suitor scooter hooter come put cup "
            + "cups competent competence completely computers";

    private WakeGrammar() {
    }

    /** @return the Vosk grammar as a JSON list */
    static String json(List<WakeWord> words, String decoys) {
        Set<String> phrases = new LinkedHashSet<>();
        boolean common = false;
        for (WakeWord word : words) {
            String phrase = clean(word.phrase());
            phrases.add(phrase);
            if (word.sensitivity() <= 0.9) {
                common = true;
            }
            if (word.sensitivity() <= 0.3) {
                for (String part : phrase.split(" ")) {
                    phrases.addAll(variants(part));
                }
            }
        }
        if (common) {
            for (String word : (COMMON + " " + decoys).split("[\\s,]+")) {
                String clean = clean(word);
                if (!clean.isEmpty()) {
                    phrases.add(clean);
                }
            }
        }
        StringBuilder json = new StringBuilder("[");
        for (String phrase : phrases) {
            json.append('"').append(phrase).append("\", ");
        }
        return json.append("\"[unk]\"]").toString();
    }

    /** @return near forms of a word: plural, past, -ing, and the stem without its ending */
    static Set<String> variants(String word) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(word + "s");
        String stem = word;
        if (word.endsWith("er") || word.endsWith("ed")) {
            stem = word.substring(0, word.length() - 2);
        } else if (word.endsWith("e") || word.endsWith("s") || word.endsWith("y")) {
            stem = word.substring(0, word.length() - 1);
        }
        if (stem.length() >= 3) {
            forms.add(stem);
            forms.add(stem + "e");
            forms.add(stem + "ed");
            forms.add(stem + "ing");
            forms.add(stem + "es");
        }
        forms.remove(word);
        return forms;
    }

    private static String clean(String phrase) {
        return phrase.toLowerCase().replaceAll("[^\\p{L}\\p{N}' ]", " ").replaceAll("\\s+", " ").strip();
    }
}
