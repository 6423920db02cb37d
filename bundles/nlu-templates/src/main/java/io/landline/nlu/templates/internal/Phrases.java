package io.landline.nlu.templates.internal;

import io.landline.api.asr.PhraseGrammar;
import io.landline.api.intent.IntentCatalog;
import io.landline.api.intent.SlotType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Expands templates into the phrases a speech recognizer's grammar mode expects. Slots are filled with sample
 * values of their type (list slots with all their values). Free text cannot be listed: it becomes
 * {@link PhraseGrammar#FREE_TEXT}, and the grammar is open-vocabulary; a free-text slot's examples are phrases
 * as well, so a recognizer expects them as it expects the rest of the sentence. Digit strings become every pair
 * of digits, which teaches a recognizer that builds a word-pair model from the phrases (Vosk does) that any digit
 * may follow any other. Expansion is bounded per template and in total, so a template with huge alternations
 * yields a prefix of its phrases instead of exhausting memory.
 */
final class Phrases {

    static final int PER_TEMPLATE = 3_500;
    static final int TOTAL = 50_000;

    /**
     * Sample numbers: every one to twenty and the round ones above. Grammar mode hears only numbers listed here,
     * and people say "eleven minutes" and "twenty five" as readily as "ten" and "twenty".
     */
    private static final List<String> NUMBERS = List.of("one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen", "twenty", "twenty five", "thirty", "thirty five", "forty", "forty five", "fifty",
            "sixty", "ninety", "a hundred");
    private static final List<String> DIGITS = List.of("one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "zero", "oh");
    private static final List<String> HOURS = List.of("one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve");

    private Phrases() {
    }

    static PhraseGrammar grammar(IntentCatalog catalog) {
        Set<String> phrases = new LinkedHashSet<>();
        boolean open = false;
        for (IntentCatalog.Entry entry : catalog.entries()) {
            for (String sentence : entry.intent().sentences()) {
                Template template;
                try {
                    template = Template.parse(sentence);
                } catch (Template.TemplateException e) {
                    continue;
                }
                for (String slot : template.slots()) {
                    SlotType type = entry.intent().slots().getOrDefault(slot, SlotType.text());
                    open |= type.kind() == SlotType.Kind.TEXT;
                }
                for (List<String> phrase : expand(template.root(), entry.intent().slots(), PER_TEMPLATE)) {
                    if (phrases.size() >= TOTAL) {
                        return new PhraseGrammar(phrases, true);
                    }
                    if (!phrase.isEmpty()) {
                        phrases.add(String.join(" ", phrase));
                    }
                }
            }
        }
        return new PhraseGrammar(phrases, open);
    }

    /** @return at most {@code cap} word sequences the node can say */
    static List<List<String>> expand(Template.Node node, java.util.Map<String, SlotType> types, int cap) {
        if (node instanceof Template.Word w) {
            return List.of(List.of(w.word()));
        }
        if (node instanceof Template.Slot s) {
            List<List<String>> out = new ArrayList<>();
            for (String sample : samples(types.getOrDefault(s.name(), SlotType.text()))) {
                if (out.size() >= cap) {
                    break;
                }
                out.add(sample.equals(PhraseGrammar.FREE_TEXT) ? List.of(sample) : Words.tokens(sample));
            }
            return out;
        }
        if (node instanceof Template.Optional o) {
            List<List<String>> out = new ArrayList<>();
            out.add(List.of());
            out.addAll(expand(o.inner(), types, cap - 1));
            return out;
        }
        if (node instanceof Template.Alternatives a) {
            List<List<String>> out = new ArrayList<>();
            for (Template.Node option : a.options()) {
                if (out.size() >= cap) {
                    break;
                }
                out.addAll(expand(option, types, cap - out.size()));
            }
            return out;
        }
        List<List<String>> out = List.of(List.of());
        for (Template.Node item : ((Template.Sequence) node).items()) {
            List<List<String>> next = new ArrayList<>();
            List<List<String>> tails = expand(item, types, cap);
            outer:
            for (List<String> head : out) {
                for (List<String> tail : tails) {
                    if (next.size() >= cap) {
                        break outer;
                    }
                    List<String> joined = new ArrayList<>(head.size() + tail.size());
                    joined.addAll(head);
                    joined.addAll(tail);
                    next.add(joined);
                }
            }
            out = next;
        }
        return out;
    }

    private static List<String> samples(SlotType type) {
        return switch (type.kind()) {
            case LIST -> type.values();
            case NUMBER -> NUMBERS;
            case DURATION -> {
                List<String> out = new ArrayList<>(List.of("a minute", "one minute", "an hour", "one hour",
                        "half an hour", "an hour and a half", "one and a half hours", "two and a half hours",
                        "a minute and a half", "thirty seconds", "forty five seconds", "ninety seconds",
                        "two hours and thirty minutes", "a quarter of an hour", "three quarters of an hour",
                        "an hour and a quarter"));
                // An hour and some minutes, as people round them; each minute word then follows "and" in the
                // word-pair model a recognizer builds ("an hour and twenty minutes" was heard as "thirty").
                for (String n : List.of("five", "ten", "fifteen", "twenty", "thirty", "forty", "forty five")) {
                    out.add("an hour and " + n + " minutes");
                }
                for (String n : List.of("fifteen", "twenty", "forty five")) {
                    out.add("two hours and " + n + " minutes");
                }
                // Two to fifty minutes, as numbers are sampled ("a minute" is above).
                for (String n : NUMBERS.subList(NUMBERS.indexOf("two"), NUMBERS.indexOf("fifty") + 1)) {
                    out.add(n + " minutes");
                }
                // Timers run for "twenty two minutes" as readily as for twenty or twenty five.
                for (String n : List.of("one", "two", "three", "four", "six", "seven", "eight", "nine")) {
                    out.add("twenty " + n + " minutes");
                }
                for (String n : List.of("two", "three", "four", "five", "six", "eight", "ten", "twelve")) {
                    out.add(n + " hours");
                }
                yield out;
            }
            case TIME -> {
                List<String> out = new ArrayList<>(List.of("noon", "midnight"));
                for (String h : HOURS) {
                    for (String m : List.of("", " fifteen", " thirty", " forty five", " o'clock", " am", " pm",
                            " thirty am", " thirty pm")) {
                        out.add(h + m);
                    }
                    for (String m : List.of("five", "ten", "twenty", "twenty five", "half", "quarter")) {
                        out.add(m + " past " + h);
                    }
                    for (String m : List.of("five", "ten", "twenty", "quarter")) {
                        out.add(m + " to " + h);
                    }
                    // The part of the day after an hour ("six in the morning"). Not after minutes, and no other
                    // minutes ("five fifty"): on the development sets each cost more than it gained, "fifteen" and
                    // "fifty" trading places, "five to eight" heard as "five tonight".
                    for (String part : List.of(" in the morning", " in the evening", " at night")) {
                        out.add(h + part);
                    }
                }
                yield out;
            }
            case DATE -> List.of("today", "tomorrow", "monday", "tuesday", "wednesday", "thursday", "friday",
                    "saturday", "sunday", "next monday", "next friday", "the first", "the fifteenth");
            case DIGITS -> {
                List<String> pairs = new ArrayList<>();
                for (String first : DIGITS) {
                    for (String second : DIGITS) {
                        pairs.add(first + " " + second);
                    }
                }
                yield pairs;
            }
            case TEXT -> {
                // The free-text mark first, so a template whose expansion reaches the cap keeps it.
                List<String> out = new ArrayList<>(List.of(PhraseGrammar.FREE_TEXT));
                out.addAll(type.values());
                yield out;
            }
        };
    }
}
