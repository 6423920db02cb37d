package io.landline.nlu.templates.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Normalisation shared by templates and input, and the English number words. */
final class Words {

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}']+");
    private static final Pattern DIGITS_COLON = Pattern.compile("(\\d)[:.](\\d)");
    private static final Pattern LETTERS_DIGITS = Pattern.compile("(?<=\\p{N})(?=[ap]m\\b)");

    /** Words people add without changing the meaning; skipping one of them costs little. */
    static final Set<String> FILLERS = Set.of("please", "the", "a", "an", "uh", "um", "er", "hey", "okay", "ok",
            "now", "just", "so", "can", "you", "could", "would", "me", "my", "for");

    /** Articles, which stand in for each other without changing what a command asks. */
    static final Set<String> ARTICLES = Set.of("a", "an", "the");

    static final Map<String, Integer> SMALL = Map.ofEntries(Map.entry("zero", 0), Map.entry("one", 1),
            Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
            Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
            Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16),
            Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19));

    static final Map<String, Integer> TENS = Map.of("twenty", 20, "thirty", 30, "forty", 40, "fourty", 40,
            "fifty", 50, "sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90);

    static final Map<String, Integer> ORDINALS = Map.ofEntries(Map.entry("first", 1), Map.entry("second", 2),
            Map.entry("third", 3), Map.entry("fourth", 4), Map.entry("fifth", 5), Map.entry("sixth", 6),
            Map.entry("seventh", 7), Map.entry("eighth", 8), Map.entry("ninth", 9), Map.entry("tenth", 10),
            Map.entry("eleventh", 11), Map.entry("twelfth", 12), Map.entry("thirteenth", 13),
            Map.entry("fourteenth", 14), Map.entry("fifteenth", 15), Map.entry("sixteenth", 16),
            Map.entry("seventeenth", 17), Map.entry("eighteenth", 18), Map.entry("nineteenth", 19),
            Map.entry("twentieth", 20), Map.entry("thirtieth", 30));

    private Words() {
    }

    /** @return whether the word is a number: digits, or a number word ("seven", "forty", "oh" for zero) */
    static boolean isNumber(String word) {
        return SMALL.containsKey(word) || TENS.containsKey(word) || word.equals("oh") || word.equals("hundred")
                || !word.isEmpty() && word.chars().allMatch(Character::isDigit);
    }

    /**
     * @param text typed or recognized text
     * @return its words: lower case, punctuation removed ("7:30" and "7.30" become "7 30", "7pm" becomes "7 pm")
     */
    static List<String> tokens(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        lower = DIGITS_COLON.matcher(lower).replaceAll("$1 $2");
        lower = LETTERS_DIGITS.matcher(lower).replaceAll(" ");
        List<String> words = new ArrayList<>();
        for (String word : NOT_WORD.matcher(lower).replaceAll(" ").trim().split(" ")) {
            String stripped = word.replaceAll("^'+|'+$", "");
            if (!stripped.isEmpty()) {
                words.add(stripped);
            }
        }
        return words;
    }

    /** @return the text's words joined by single spaces */
    static String normalize(String text) {
        return String.join(" ", tokens(text));
    }

    /**
     * How alike two words are, for tolerating recognition errors ("timer" heard as "timor").
     *
     * @return 0 (nothing alike) to 1 (equal)
     */
    static double similarity(String a, String b) {
        if (a.equals(b)) {
            return 1;
        }
        if (ARTICLES.contains(a) && ARTICLES.contains(b)) {
            // "set an egg timer" says "set a {name} timer"; recognizers confuse the articles, too.
            return 0.7;
        }
        int longest = Math.max(a.length(), b.length());
        if (longest < 4 || Math.abs(a.length() - b.length()) > 2) {
            return 0;
        }
        return 1 - (double) levenshtein(a, b) / longest;
    }

    private static int levenshtein(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
