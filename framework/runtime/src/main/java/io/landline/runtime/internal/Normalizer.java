package io.landline.runtime.internal;

import java.util.Locale;
import java.util.regex.Pattern;

/** Turns typed or recognized text into a canonical form: lower case, words separated by single spaces. */
final class Normalizer {

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}']+");
    private static final Pattern TEMPLATE_SYNTAX = Pattern.compile("[\\[\\]{}()|]");

    private Normalizer() {
    }

    static String normalize(String text) {
        return NOT_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }

    static boolean isTemplate(String sentence) {
        return TEMPLATE_SYNTAX.matcher(sentence).find();
    }
}
