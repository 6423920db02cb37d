package io.landline.telephony.asterisk.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The only strings that reach a dial string or channel name. Numbers come from users (dictated or configured);
 * endpoints and contexts from configuration. Anything outside these shapes is refused, so nothing can be injected
 * into an Originate ({@code 500&PJSIP/x}, {@code ,}, {@code )} …).
 */
final class DialStrings {

    private static final Pattern NUMBER = Pattern.compile("\\+?[0-9*#]{1,32}");
    private static final Pattern ENDPOINT = Pattern.compile("(PJSIP|SIP|IAX2|DAHDI|Local)/[A-Za-z0-9_.@-]{1,64}");
    private static final Pattern CONTEXT = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private DialStrings() {
    }

    static boolean isNumber(String number) {
        return number != null && NUMBER.matcher(number).matches();
    }

    static String number(String number) throws IllegalArgumentException {
        if (!isNumber(number)) {
            throw new IllegalArgumentException("That is not a number I can dial.");
        }
        // Asterisk extensions have no '+': the dialplan sees international numbers as 00...
        return number.startsWith("+") ? "00" + number.substring(1) : number;
    }

    static String context(String context, String what) {
        if (!CONTEXT.matcher(context).matches()) {
            throw new IllegalArgumentException(what + " is not a valid dialplan context: " + context);
        }
        return context;
    }

    /**
     * @param sites    {@code site=PJSIP/endpoint, …}
     * @param problems told about each entry that is left out
     * @return endpoints by site, the bad entries left out
     */
    static Map<String, String> sites(String sites, java.util.function.Consumer<String> problems) {
        Map<String, String> result = new LinkedHashMap<>();
        for (String entry : sites.split(",")) {
            try {
                result.putAll(sites(entry));
            } catch (IllegalArgumentException e) {
                problems.accept(e.getMessage() + "; that site has no phone");
            }
        }
        return result;
    }

    /**
     * @param sites {@code site=PJSIP/endpoint, …}
     * @return endpoints by site
     * @throws IllegalArgumentException naming the bad entry
     */
    static Map<String, String> sites(String sites) {
        Map<String, String> result = new LinkedHashMap<>();
        for (String entry : sites.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            String[] parts = entry.split("=", 2);
            if (parts.length != 2 || !CONTEXT.matcher(parts[0].trim()).matches()
                    || !ENDPOINT.matcher(parts[1].trim()).matches()) {
                throw new IllegalArgumentException("sites: '" + entry.trim()
                        + "' is not site=Technology/endpoint (for example default=PJSIP/speaker)");
            }
            result.put(parts[0].trim(), parts[1].trim());
        }
        return result;
    }
}
