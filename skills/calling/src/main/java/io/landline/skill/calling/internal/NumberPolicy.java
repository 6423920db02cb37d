package io.landline.skill.calling.internal;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What may be dialled on the household's behalf. Only digits, {@code +}, {@code *} and {@code #} ever reach the
 * phone system; premium and international prefixes are refused unless an allowed prefix covers the number.
 */
final class NumberPolicy {

    static final int MAX_DIGITS = 20;
    private static final Pattern VALID = Pattern.compile("\\+?[0-9*#]{1," + MAX_DIGITS + "}");

    private final List<String> emergency;
    private final List<String> refusedPrefixes;
    private final List<String> allowedPrefixes;

    NumberPolicy(List<String> emergency, List<String> refusedPrefixes, List<String> allowedPrefixes) {
        this.emergency = List.copyOf(emergency);
        this.refusedPrefixes = List.copyOf(refusedPrefixes);
        this.allowedPrefixes = List.copyOf(allowedPrefixes);
    }

    static boolean isValid(String number) {
        return number != null && VALID.matcher(number).matches();
    }

    boolean isEmergency(String number) {
        return emergency.contains(number);
    }

    List<String> emergencyNumbers() {
        return emergency;
    }

    /** @return why the number may not be dialled, or null when it may */
    String refusal(String number) {
        if (!isValid(number)) {
            return "That isn't a phone number I can dial.";
        }
        for (String allowed : allowedPrefixes) {
            if (number.startsWith(allowed)) {
                return null;
            }
        }
        for (String refused : refusedPrefixes) {
            if (number.startsWith(refused)) {
                return "I'm not allowed to call numbers starting with " + SpokenNumbers.spoken(refused) + ".";
            }
        }
        return null;
    }
}
