package io.landline.asr.vosk.internal;

import io.landline.api.asr.PhraseGrammar;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The little JSON Vosk speaks: results in, grammars out. Vosk's output shape is fixed, so no JSON library. */
final class VoskJson {

    private static final Pattern TEXT = Pattern.compile("\"(?:text|partial)\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern CONF = Pattern.compile("\"conf\"\\s*:\\s*([0-9.eE+-]+)");

    /** Vosk's word for speech outside the grammar. */
    static final String UNKNOWN = "[unk]";

    /**
     * Words people add to a command without changing it ("what is the time now", "toss a coin please"). Every
     * grammar knows them, so Vosk does not force them into command words ("what is the timer hour"); a hypothesis
     * that is a phrase once they are dropped from its edges is that phrase.
     */
    static final Set<String> FILLERS = Set.of("please", "now");

    private VoskJson() {
    }

    /** @return the "text" or "partial" of a result, without [unk] */
    static String text(String json) {
        Matcher m = TEXT.matcher(json);
        if (!m.find()) {
            return "";
        }
        return withoutUnknown(m.group(1).replace("\\\"", "\""));
    }

    /** @return the words without [unk] */
    static String withoutUnknown(String words) {
        if (!words.contains(UNKNOWN) && !words.contains("  ")) {
            return words.strip(); // the common case, on every partial result: no regular expression
        }
        return words.replace(UNKNOWN, " ").replaceAll("\\s+", " ").strip();
    }

    /** One hypothesis of a result with alternatives: its words and its score relative to the best (0..1). */
    record Alternative(String text, List<Words.Word> words, double relativeScore) {

        /** @return whether it has words outside the grammar ([unk]) */
        boolean hasUnknown() {
            return words.stream().anyMatch(Words.Word::isUnknown);
        }
    }

    private static final Pattern ALTERNATIVE = Pattern.compile(
            "\\{\\s*\"confidence\"\\s*:\\s*([0-9.eE+-]+)\\s*,(.*?)\"text\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\s*}",
            Pattern.DOTALL);

    /**
     * @return the hypotheses of a result made with {@code setMaxAlternatives}, best first; each score is
     *         {@code exp(score - best score)}, Vosk's scores being log-likelihoods
     */
    static List<Alternative> alternatives(String json) {
        List<Alternative> out = new ArrayList<>();
        Matcher m = ALTERNATIVE.matcher(json);
        double best = Double.NaN;
        while (m.find()) {
            double score = Double.parseDouble(m.group(1));
            if (Double.isNaN(best)) {
                best = score;
            }
            out.add(new Alternative(m.group(3).replace("\\\"", "\""), Words.parse(m.group(2)),
                    Math.min(1, Math.exp(score - best))));
        }
        return out;
    }

    /** @return the mean word confidence, or 1 when the result has none */
    static double confidence(String json) {
        Matcher m = CONF.matcher(json);
        double sum = 0;
        int n = 0;
        while (m.find()) {
            sum += Double.parseDouble(m.group(1));
            n++;
        }
        return n == 0 ? 1.0 : Math.max(0, Math.min(1, sum / n));
    }

    /**
     * @return a Vosk grammar: the phrases and "[unk]" as a JSON list. Free text ({@code *}) becomes one and two
     *         [unk]: Vosk estimates a word-pair model from the phrases, so two teach it that unknown words may
     *         follow each other, and a name of any length fits. The {@link #FILLERS} come last, as words of
     *         their own: the word-pair model then lets them follow any word.
     */
    static String grammar(Collection<String> phrases) {
        StringBuilder json = new StringBuilder("[");
        for (String phrase : phrases) {
            String clean = clean(phrase);
            if (clean.isEmpty()) {
                continue;
            }
            if (clean.contains(PhraseGrammar.FREE_TEXT)) {
                String one = (" " + clean + " ").replace(" * ", " " + UNKNOWN + " ").strip();
                json.append('"').append(one).append("\", ");
                json.append('"').append(one.replace(UNKNOWN, UNKNOWN + " " + UNKNOWN)).append("\", ");
            } else {
                json.append('"').append(clean).append("\", ");
            }
        }
        FILLERS.stream().sorted().forEach(filler -> json.append('"').append(filler).append("\", "));
        return json.append('"').append(UNKNOWN).append("\"]").toString();
    }

    /** Each digit as a word, by value. */
    static final List<String> DIGIT_WORDS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine");

    /**
     * @return the phrase in lower case, with only letters, apostrophes and free-text marks, single-spaced, and
     *         each digit spelled as a word: Vosk's vocabulary has no numerals, and drops a word it lacks from the
     *         grammar ("call 911" would be "call"), while people say emergency numbers digit by digit
     */
    static String clean(String phrase) {
        if (isClean(phrase)) {
            // Most phrases are: a grammar's tens of thousands of phrases are cleaned several times over.
            return phrase;
        }
        StringBuilder spelled = new StringBuilder(phrase.length());
        for (char c : phrase.toLowerCase().toCharArray()) {
            if (c >= '0' && c <= '9') {
                spelled.append(' ').append(DIGIT_WORDS.get(c - '0')).append(' ');
            } else {
                spelled.append(c);
            }
        }
        return spelled.toString().replaceAll("[^\\p{L}'* ]", " ").replaceAll("\\s+", " ").strip();
    }

    /** @return whether the phrase is as {@link #clean} would give it: lower-case words single-spaced, no digits */
    private static boolean isClean(String phrase) {
        if (phrase.isEmpty() || phrase.charAt(0) == ' ' || phrase.charAt(phrase.length() - 1) == ' ') {
            return false;
        }
        for (int i = 0; i < phrase.length(); i++) {
            char c = phrase.charAt(i);
            boolean word = c == '\'' || c == '*' || Character.isLetter(c) && Character.isLowerCase(c);
            if (!word && !(c == ' ' && phrase.charAt(i - 1) != ' ')) {
                return false;
            }
        }
        return true;
    }
}
