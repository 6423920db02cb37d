package io.landline.asr.vosk.internal;

import io.landline.api.asr.PhraseGrammar;
import io.landline.api.asr.RecognitionResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Grammar mode's last step. Vosk's grammar decoding lets a word drop out or slip in ("what time it" for "what time
 * is it"), which no longer equals any phrase. When exactly one phrase is within one word edit per four words
 * (at least one) of the result — ties broken by spelling — the result becomes that phrase, with the confidence
 * lowered by the share of words changed; otherwise the result stays as heard. A free-text mark ({@code *}) in a
 * phrase matches any words, and a result nearest such a phrase stays as heard.
 */
final class PhraseSnapper {

    /** Spoken digits, as a dictated number is said: the digit words, and "oh" for zero. */
    private static final Set<String> DIGITS = Stream.concat(VoskJson.DIGIT_WORDS.stream(), Stream.of("oh"))
            .collect(Collectors.toUnmodifiableSet());
    /** Stands for a run of two or more digits in {@link #digitRuns}. */
    private static final String DIGIT_RUN = "#";

    /** A phrase's words, and what {@link #nearest} needs of it, worked out once per grammar. */
    private record Phrase(String[] words, String spelled, int fixedWords) {
        /** @param vocabulary the words of the phrases so far, each kept once however many phrases say it */
        static Phrase of(String spelled, Map<String, String> vocabulary) {
            String[] words = spelled.split(" ");
            for (int i = 0; i < words.length; i++) {
                words[i] = vocabulary.computeIfAbsent(words[i], w -> w);
            }
            return new Phrase(words, spelled,
                    (int) Arrays.stream(words).filter(w -> !w.equals(PhraseGrammar.FREE_TEXT)).count());
        }

        boolean hasFreeText() {
            return fixedWords < words.length;
        }

        /**
         * @return one word edit per four fixed words; at least one, except with free text, which matches anything
         *         and so must be anchored by fixed words heard right ("what time minute" is not "* timer")
         */
        int allowedEdits() {
            return hasFreeText() ? fixedWords / 4 : Math.max(1, fixedWords / 4);
        }

        /**
         * @return whether words of this length may be near enough: each word more or fewer is an edit, except
         *         that free text takes any number
         */
        boolean mayBeNear(int length) {
            return hasFreeText() ? length + allowedEdits() > fixedWords
                    : Math.abs(length - words.length) <= allowedEdits();
        }

        /** @return whether this phrase is the other, a free-text phrase, with its free text filled in */
        boolean isExampleOf(Phrase other) {
            return other.hasFreeText() && distance(words, other.words) == 0;
        }
    }

    private final List<Phrase> phrases = new ArrayList<>();
    private final Set<String> known = new HashSet<>();
    /** Every word of the phrases, once: phrase words and heard words looked up here compare by identity. */
    private final Map<String, String> vocabulary = new HashMap<>();

    /**
     * @param grammar the phrases; a follow-up's grammar has over 40,000, so a word is kept once, not once per
     *                phrase, and a phrase already clean is not copied: with a 23,000-phrase grammar that cut the
     *                assistant's peak resident memory from 361 to 319 MB on a development set
     */
    PhraseSnapper(Collection<String> grammar) {
        for (String phrase : grammar) {
            String clean = VoskJson.clean(phrase);
            clean = clean.equals(phrase) ? phrase : clean;
            if (!clean.isEmpty()) {
                phrases.add(Phrase.of(clean, vocabulary));
                known.add(clean);
                known.add(digitRuns(clean));
            }
        }
    }

    /**
     * @return whether the text is one of the phrases as it stands (free-text marks included); a run of digits
     *         stands for any run, since a number slot is published as digit pairs ("call five five") and Vosk
     *         chains them into the number said
     */
    boolean isPhrase(String text) {
        String clean = VoskJson.clean(text);
        return known.contains(clean) || known.contains(digitRuns(clean));
    }

    /** @return the words with each run of two or more spoken digits replaced by {@link #DIGIT_RUN} */
    static String digitRuns(String words) {
        String[] tokens = words.split(" ");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < tokens.length; i++) {
            int end = i;
            while (end < tokens.length && DIGITS.contains(tokens[end])) {
                end++;
            }
            if (end - i >= 2) {
                out.add(DIGIT_RUN);
                i = end - 1;
            } else {
                out.add(tokens[i]);
            }
        }
        return String.join(" ", out);
    }

    /** The phrase nearest to some words, and how many word edits away. */
    private record Nearest(Phrase phrase, int edits) {
    }

    RecognitionResult snap(String text, double confidence) {
        String clean = VoskJson.clean(text);
        Nearest nearest = clean.isEmpty() ? null : nearest(clean.split(" "));
        if (nearest == null || nearest.edits() == 0 || nearest.phrase().hasFreeText()) {
            return new RecognitionResult(text, true, confidence);
        }
        double changed = (double) nearest.edits() / Math.max(clean.split(" ").length, nearest.phrase().words().length);
        return new RecognitionResult(nearest.phrase().spelled(), true, confidence * (1 - changed));
    }

    /**
     * Vosk's word-pair model may hear free text as grammar words ("add milk to the list" as "at me up to the
     * list"). When the nearest phrase has free text, this lays the heard words onto it.
     *
     * @return the phrase's words timed by the heard words they stand for, {@code [unk]} for its free text spanning
     *         the heard words it matched; empty when the nearest phrase has no free text or none is near
     */
    Optional<List<Words.Word>> asFreeText(List<Words.Word> heard) {
        if (heard.isEmpty()) {
            return Optional.empty();
        }
        String[] words = heard.stream().map(Words.Word::text).toArray(String[]::new);
        Nearest nearest = nearest(words);
        if (nearest == null || !nearest.phrase().hasFreeText()) {
            return Optional.empty();
        }
        return Optional.of(align(heard, nearest.phrase().words()));
    }

    /**
     * @return how many word edits the words are from the nearest phrase (free text matching any words), or
     *         {@link Integer#MAX_VALUE} when no phrase is near enough to snap to or as near as another
     */
    int editsToNearest(List<Words.Word> words) {
        Nearest nearest = words.isEmpty() ? null
                : nearest(words.stream().map(Words.Word::text).toArray(String[]::new));
        return nearest == null ? Integer.MAX_VALUE : nearest.edits();
    }

    /**
     * @return the nearest phrase within one word edit per four words (at least one), or null; see the class. Runs
     *         for every hypothesis of every command over thousands of phrases, so phrases whose length rules them
     *         out are skipped before any edit distance is worked out.
     */
    private Nearest nearest(String[] heard) {
        String clean = String.join(" ", heard);
        // Phrase words compare by identity; a heard word no phrase has is the same as none of them either way.
        String[] words = Arrays.stream(heard).map(w -> vocabulary.getOrDefault(w, w)).toArray(String[]::new);
        List<Phrase> nearest = new ArrayList<>();
        int best = Integer.MAX_VALUE;
        for (Phrase phrase : phrases) {
            if (!phrase.mayBeNear(words.length)) {
                continue;
            }
            int limit = Math.min(best, phrase.allowedEdits());
            int d = phrase.hasFreeText() ? distance(words, phrase.words())
                    : distanceWithin(words, phrase.words(), limit);
            if (d > best || d > phrase.allowedEdits()) {
                continue;
            }
            if (d < best) {
                best = d;
                nearest.clear();
            }
            nearest.add(phrase);
        }
        if (nearest.isEmpty()) {
            return null;
        }
        // Equal word edits: the phrase spelled clearly closest wins ("what's no date" is nearer "what's the date"
        // than "what's today's date"); nearly as close ("what is it": day or time?) is a tie, and a tie is no
        // answer. A free-text phrase is no rival to its own example ("add bread to the list", "add * to the list").
        Phrase closest = nearest.stream().min(Comparator.comparingInt(p -> letters(clean, p.spelled()))).orElseThrow();
        int closestLetters = letters(clean, closest.spelled());
        boolean tie = nearest.stream().filter(p -> !p.spelled().equals(closest.spelled()) && !closest.isExampleOf(p)
                && !p.isExampleOf(closest)).anyMatch(p -> letters(clean, p.spelled()) - closestLetters < 2);
        return best > 0 && tie ? null : new Nearest(closest, best);
    }

    /** @return the phrase's words, each timed by the heard word it is aligned with by a word-level edit script */
    static List<Words.Word> align(List<Words.Word> heard, String[] phrase) {
        int n = heard.size();
        int m = phrase.length;
        int[][] d = table(heard.stream().map(Words.Word::text).toArray(String[]::new), phrase);
        List<Words.Word> out = new ArrayList<>();
        List<Words.Word> free = new ArrayList<>();
        int i = n;
        int j = m;
        while (i > 0 || j > 0) {
            boolean star = j > 0 && phrase[j - 1].equals(PhraseGrammar.FREE_TEXT);
            // On a tie the free text starts as late as it can: "at me up to" is "add * to" with "me up" free.
            if (star && i > 0 && d[i][j] == d[i - 1][j - 1]) {
                free.add(0, heard.get(--i)); // the free text's first word
                out.add(0, new Words.Word(VoskJson.UNKNOWN, free.get(0).startSeconds(),
                        free.get(free.size() - 1).endSeconds(), 1));
                free.clear();
                j--;
            } else if (star && i > 0 && d[i][j] == d[i - 1][j]) {
                free.add(0, heard.get(--i)); // more free text
            } else if (i > 0 && j > 0 && d[i][j] == d[i - 1][j - 1] + (heard.get(i - 1).text().equals(phrase[j - 1])
                    ? 0 : 1)) {
                Words.Word word = heard.get(--i);
                out.add(0, new Words.Word(phrase[--j], word.startSeconds(), word.endSeconds(), word.confidence()));
            } else if (i > 0 && d[i][j] == d[i - 1][j] + 1) {
                i--; // a heard word the phrase does not have
            } else {
                // A phrase word not heard: no time of its own, so it takes the end of the word before it.
                double at = i > 0 ? heard.get(i - 1).endSeconds() : 0;
                out.add(0, new Words.Word(phrase[--j], at, at, 0));
            }
        }
        return out;
    }

    /** Letter-level Levenshtein distance. */
    static int letters(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /**
     * Word-level Levenshtein distance for words that are the same objects when equal (see {@link #vocabulary}),
     * given up as soon as it must exceed the limit: this runs against every phrase of the grammar, tens of thousands,
     * for each hypothesis that is no phrase, on the listening thread.
     *
     * @return the distance, or more than {@code limit} when it is more
     */
    static int distanceWithin(String[] a, String[] b, int limit) {
        int[] previous = new int[b.length + 1];
        int[] current = new int[b.length + 1];
        for (int j = 0; j <= b.length; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length; i++) {
            current[0] = i;
            int least = i;
            for (int j = 1; j <= b.length; j++) {
                int substitute = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j] + 1, current[j - 1] + 1));
                least = Math.min(least, current[j]);
            }
            if (least > limit) {
                return limit + 1;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length];
    }

    /** Word-level Levenshtein distance; a free-text mark in {@code b} matches one or more words of {@code a} free. */
    static int distance(String[] a, String[] b) {
        return table(a, b)[a.length][b.length];
    }

    /** @return the edit distances of every prefix of {@code a} to every prefix of {@code b}; see {@link #distance} */
    private static int[][] table(String[] a, String[] b) {
        int[][] d = new int[a.length + 1][b.length + 1];
        for (int j = 0; j <= b.length; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length; i++) {
            d[i][0] = i;
            for (int j = 1; j <= b.length; j++) {
                int substitute = d[i - 1][j - 1] + (a[i - 1].equals(b[j - 1]) ? 0 : 1);
                d[i][j] = Math.min(substitute, Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1));
                if (b[j - 1].equals(PhraseGrammar.FREE_TEXT)) {
                    d[i][j] = Math.min(d[i][j], Math.min(d[i - 1][j - 1], d[i - 1][j]));
                }
            }
        }
        return d;
    }
}
