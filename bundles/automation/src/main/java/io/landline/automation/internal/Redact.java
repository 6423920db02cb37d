package io.landline.automation.internal;

import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes secrets out of text before it reaches a log line or the rule history: IFTTT keys in URLs, tokens and
 * keys in query strings, passwords in URLs, and any known secret (webhook tokens, configured keys) wherever it
 * appears.
 */
final class Redact {

    static final String MASK = "***";

    private static final Pattern IFTTT_KEY = Pattern.compile("(/with/key/)[^/?#\\s]+");
    private static final Pattern QUERY_SECRET = Pattern.compile(
            "([?&](?:token|key|apikey|api_key|access_token|secret|password|pass|sig|signature)=)[^&#\\s]+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern USER_INFO = Pattern.compile("(\\w+://)[^/@\\s]+@");

    private Redact() {
    }

    /**
     * @param text    any text: a URL, an error message
     * @param secrets known secrets to mask wherever they appear (blank ones are ignored)
     * @return the text with secrets masked
     */
    static String text(String text, Collection<String> secrets) {
        if (text == null) {
            return "";
        }
        String out = text;
        for (String secret : secrets) {
            if (secret != null && secret.length() >= 4) {
                out = out.replace(secret, MASK);
            }
        }
        out = IFTTT_KEY.matcher(out).replaceAll("$1" + Matcher.quoteReplacement(MASK));
        out = QUERY_SECRET.matcher(out).replaceAll("$1" + Matcher.quoteReplacement(MASK));
        return USER_INFO.matcher(out).replaceAll("$1" + Matcher.quoteReplacement(MASK) + "@");
    }

    /** @return whether a header carries credentials and must not be shown */
    static boolean secretHeader(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        return lower.equals("authorization") || lower.contains("token") || lower.contains("key")
                || lower.contains("secret") || lower.equals("cookie");
    }
}
