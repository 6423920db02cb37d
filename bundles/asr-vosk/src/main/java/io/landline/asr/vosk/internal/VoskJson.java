package io.landline.asr.vosk.internal;

import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The little JSON Vosk speaks: results in, grammars out. Vosk's output shape is fixed, so no JSON library. */
final class VoskJson {

    private static final Pattern TEXT = Pattern.compile("\"(?:text|partial)\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern CONF = Pattern.compile("\"conf\"\\s*:\\s*([0-9.eE+-]+)");

    private VoskJson() {
    }

    /** @return the "text" or "partial" of a result, without [unk] */
    static String text(String json) {
        Matcher m = TEXT.matcher(json);
        if (!m.find()) {
            return "";
        }
        return m.group(1).replace("\\\"", "\"").replace("[unk]", " ").replaceAll("\\s+", " ").strip();
    }

    /** @return whether the result has words the grammar did not know ([unk]) */
    static boolean hasUnknown(String json) {
        Matcher m = TEXT.matcher(json);
        return m.find() && m.group(1).contains("[unk]");
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

    /** @return a Vosk grammar: the phrases and "[unk]" as a JSON list */
    static String grammar(Collection<String> phrases) {
        StringBuilder json = new StringBuilder("[");
        for (String phrase : phrases) {
            String clean = phrase.toLowerCase().replaceAll("[^\\p{L}\\p{N}' ]", " ").replaceAll("\\s+", " ").strip();
            if (!clean.isEmpty()) {
                json.append('"').append(clean.replace("\"", "")).append("\", ");
            }
        }
        return json.append("\"[unk]\"]").toString();
    }
}
