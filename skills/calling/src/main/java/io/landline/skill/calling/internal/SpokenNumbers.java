package io.landline.skill.calling.internal;

import java.util.Map;
import java.util.Optional;

/** Numbers as people say or type them: "five five five zero one zero zero", "555-0100", "plus four four …". */
final class SpokenNumbers {

    private static final Map<String, String> WORDS = Map.ofEntries(Map.entry("zero", "0"), Map.entry("oh", "0"),
            Map.entry("o", "0"), Map.entry("one", "1"), Map.entry("two", "2"), Map.entry("three", "3"),
            Map.entry("four", "4"), Map.entry("five", "5"), Map.entry("six", "6"), Map.entry("seven", "7"),
            Map.entry("eight", "8"), Map.entry("nine", "9"), Map.entry("star", "*"), Map.entry("hash", "#"),
            Map.entry("pound", "#"), Map.entry("plus", "+"));

    private SpokenNumbers() {
    }

    /**
     * @param said words or digits; separators ({@code -}, {@code .}, spaces) are ignored; any other character makes it no number
     * @return what was said as a dial string, before validation; empty when a word is not part of a number
     */
    static Optional<String> parse(String said) {
        if (said == null) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder();
        for (String token : said.toLowerCase().trim().split("\\s+")) {
            if (token.isEmpty()) {
                continue;
            }
            String word = WORDS.get(token);
            if (word != null) {
                out.append(word);
            } else if (token.equals("double") || token.equals("triple")) {
                return Optional.empty(); // rare; ask again rather than guess
            } else {
                if (!token.matches("[0-9+*#.-]+")) {
                    return Optional.empty(); // anything else is not a number, whatever it might mean to a PBX
                }
                out.append(token.replaceAll("[.-]", ""));
            }
        }
        return out.isEmpty() ? Optional.empty() : Optional.of(out.toString());
    }

    /** @return the number read digit by digit, for speech: "5 5 5 0 1 0 0" */
    static String spoken(String number) {
        return String.join(" ", number.split(""));
    }
}
