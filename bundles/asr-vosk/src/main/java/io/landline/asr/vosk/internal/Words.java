package io.landline.asr.vosk.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Words with timing and confidence, read from a Vosk result or partial result. */
final class Words {

    /** One decoded word: where it starts and ends in seconds from the recognizer's start, and its confidence. */
    record Word(String text, double startSeconds, double endSeconds, double confidence) {

        /** @return whether this is Vosk's word for speech outside the grammar */
        boolean isUnknown() {
            return text.equals(VoskJson.UNKNOWN);
        }
    }

    private static final Pattern OBJECT = Pattern.compile("\\{[^{}]*\"word\"[^{}]*\\}");
    private static final Pattern CONF = Pattern.compile("\"conf\"\\s*:\\s*([0-9.eE+-]+)");
    private static final Pattern START = Pattern.compile("\"start\"\\s*:\\s*([0-9.eE+-]+)");
    private static final Pattern END = Pattern.compile("\"end\"\\s*:\\s*([0-9.eE+-]+)");
    private static final Pattern WORD = Pattern.compile("\"word\"\\s*:\\s*\"([^\"]*)\"");

    private Words() {
    }

    private static final Pattern PARTIAL = Pattern.compile("\"partial\"\\s*:\\s*\"([^\"]*)\"");

    /** @return the text of a partial result */
    static String partialText(String json) {
        Matcher m = PARTIAL.matcher(json);
        return m.find() ? m.group(1).toLowerCase() : "";
    }

    static List<Word> parse(String json) {
        List<Word> words = new ArrayList<>();
        Matcher object = OBJECT.matcher(json);
        while (object.find()) {
            String o = object.group();
            Matcher w = WORD.matcher(o);
            Matcher b = START.matcher(o);
            Matcher e = END.matcher(o);
            Matcher c = CONF.matcher(o);
            if (w.find() && e.find()) {
                double end = Double.parseDouble(e.group(1));
                words.add(new Word(w.group(1).toLowerCase(), b.find() ? Double.parseDouble(b.group(1)) : end, end,
                        c.find() ? Double.parseDouble(c.group(1)) : 1.0));
            }
        }
        return words;
    }

    /** @return the words with their times moved by {@code seconds}, later when positive */
    static List<Word> shifted(List<Word> words, double seconds) {
        if (seconds == 0) {
            return words;
        }
        return words.stream().map(w -> new Word(w.text(), w.startSeconds() + seconds, w.endSeconds() + seconds,
                w.confidence())).toList();
    }
}
