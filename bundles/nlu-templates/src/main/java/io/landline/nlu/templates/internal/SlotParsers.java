package io.landline.nlu.templates.internal;

import io.landline.api.intent.SlotType;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads spoken words as typed slot values: numbers ("two hundred and five"), digit strings ("five five five oh
 * one double two"), durations ("an hour and a half"), times ("half past six", "seven thirty pm"), dates ("next
 * monday", "the fifth of may") and list values. Every parser takes normalised words and returns null when the
 * words are not a value of its kind.
 */
final class SlotParsers {

    private static final Map<String, Long> UNITS = Map.ofEntries(Map.entry("second", 1L), Map.entry("seconds", 1L),
            Map.entry("sec", 1L), Map.entry("secs", 1L), Map.entry("minute", 60L), Map.entry("minutes", 60L),
            Map.entry("min", 60L), Map.entry("mins", 60L), Map.entry("hour", 3600L), Map.entry("hours", 3600L),
            Map.entry("hr", 3600L), Map.entry("hrs", 3600L), Map.entry("day", 86400L), Map.entry("days", 86400L));

    private static final Map<String, DayOfWeek> DAYS = new HashMap<>();
    private static final Map<String, Month> MONTHS = new HashMap<>();

    static {
        for (DayOfWeek day : DayOfWeek.values()) {
            DAYS.put(day.name().toLowerCase(Locale.ROOT), day);
        }
        for (Month month : Month.values()) {
            MONTHS.put(month.name().toLowerCase(Locale.ROOT), month);
        }
    }

    private final Clock clock;

    SlotParsers(Clock clock) {
        this.clock = clock;
    }

    /**
     * @param words normalised words, not empty
     * @param type  the slot's type
     * @return the typed value (see {@link SlotType.Kind}), or null when the words are not one
     */
    Object parse(List<String> words, SlotType type) {
        if (words.isEmpty()) {
            return null;
        }
        return switch (type.kind()) {
            case TEXT -> String.join(" ", words);
            case NUMBER -> number(words);
            case DIGITS -> digits(words);
            case DURATION -> duration(words);
            case TIME -> time(words);
            case DATE -> date(words);
            case LIST -> listValue(words, type);
        };
    }

    private static String listValue(List<String> words, SlotType type) {
        String said = String.join(" ", words);
        for (String value : type.values()) {
            if (Words.normalize(value).equals(said)) {
                return value;
            }
        }
        return null;
    }

    /** A whole number in words or digits: "forty two", "a hundred and five", "2025", "two thousand twenty". */
    static Long number(List<String> words) {
        if (words.size() == 1 && words.get(0).matches("\\d{1,15}")) {
            return Long.parseLong(words.get(0));
        }
        long total = 0;
        long current = 0;
        String last = null; // "small", "tens", "hundred", "big", "and", "a"
        boolean any = false;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if ((word.equals("a") || word.equals("an")) && i == 0 && words.size() > 1) {
                last = "a";
                continue;
            }
            if (word.equals("and")) {
                if (!"hundred".equals(last) && !"big".equals(last)) {
                    return null;
                }
                last = "and";
                continue;
            }
            Integer small = Words.SMALL.get(word);
            Integer tens = Words.TENS.get(word);
            if (small != null) {
                if ("small".equals(last) || "a".equals(last) || ("tens".equals(last) && (small == 0 || small > 9))) {
                    return null;
                }
                current += small;
                last = "small";
                any = true;
            } else if (tens != null) {
                if ("small".equals(last) || "tens".equals(last) || "a".equals(last)) {
                    return null;
                }
                current += tens;
                last = "tens";
                any = true;
            } else if (word.equals("hundred")) {
                if ("hundred".equals(last) || "and".equals(last) || current >= 100) {
                    return null;
                }
                current = (current == 0 ? 1 : current) * 100;
                last = "hundred";
                any = true;
            } else if (word.equals("thousand") || word.equals("million")) {
                if ("and".equals(last)) {
                    return null;
                }
                long scale = word.equals("thousand") ? 1_000 : 1_000_000;
                total += (current == 0 ? 1 : current) * scale;
                current = 0;
                last = "big";
                any = true;
            } else if (word.equals("dozen") && ("a".equals(last) || "small".equals(last))) {
                current = (current == 0 ? 1 : current) * 12;
                last = "hundred";
                any = true;
            } else {
                return null;
            }
        }
        return any && !"and".equals(last) ? total + current : null;
    }

    /** Digits said one by one: "five five five oh one double two", "plus four four", "one eight hundred". */
    static String digits(List<String> words) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            int repeat = switch (word) {
                case "double" -> 2;
                case "triple" -> 3;
                default -> 1;
            };
            if (repeat > 1) {
                if (i + 1 >= words.size()) {
                    return null;
                }
                String digit = digit(words.get(++i));
                if (digit == null || digit.length() != 1) {
                    return null;
                }
                out.append(digit.repeat(repeat));
                continue;
            }
            if (word.equals("plus") && out.isEmpty()) {
                out.append('+');
                continue;
            }
            Integer tens = Words.TENS.get(word);
            if (tens != null) {
                Integer unit = i + 1 < words.size() ? Words.SMALL.get(words.get(i + 1)) : null;
                if (unit != null && unit > 0 && unit < 10) {
                    out.append(tens + unit);
                    i++;
                } else {
                    out.append(tens);
                }
                continue;
            }
            String digit = digit(word);
            if (digit == null && !out.isEmpty() && !out.toString().equals("+")) {
                digit = soundsLikeDigit(word);
            }
            if (digit == null) {
                return null;
            }
            out.append(digit);
        }
        return out.isEmpty() || out.toString().equals("+") ? null : out.toString();
    }

    /**
     * @return the digit a word sounds like, for a word inside a number: a recognizer may write "five two for six"
     *         where "four" was said, as both are in its vocabulary and sound the same
     */
    private static String soundsLikeDigit(String word) {
        return switch (word) {
            case "for", "fore" -> "4";
            case "to", "too" -> "2";
            case "won" -> "1";
            case "ate" -> "8";
            default -> null;
        };
    }

    private static String digit(String word) {
        if (word.matches("\\d+")) {
            return word;
        }
        return switch (word) {
            case "oh", "o", "zero", "nought" -> "0";
            case "star" -> "*";
            case "hash", "pound" -> "#";
            case "hundred" -> "00";
            case "thousand" -> "000";
            default -> {
                Integer small = Words.SMALL.get(word);
                yield small == null ? null : small.toString();
            }
        };
    }

    /** A length of time: "eight minutes", "an hour and a half", "two and a half hours", "1 hour 30 minutes". */
    static Duration duration(List<String> words) {
        if (words.equals(List.of("half", "an", "hour")) || words.equals(List.of("half", "hour"))) {
            return Duration.ofMinutes(30);
        }
        long seconds = 0;
        int i = 0;
        boolean any = false;
        while (i < words.size()) {
            if (any && words.get(i).equals("and")) {
                i++;
            }
            int quarters = quartersOfAnHour(words, i);
            if (quarters > 0) {
                seconds += 900L * quarters;
                i += QUARTER_COUNTS.containsKey(words.get(i)) ? 5 : 4;
                any = true;
                continue;
            }
            if (i + 1 < words.size() && words.get(i).equals("half") && words.get(i + 1).equals("an")
                    && i + 2 < words.size() && words.get(i + 2).equals("hour")) {
                seconds += 1800;
                i += 3;
                any = true;
                continue;
            }
            // The longest number before a unit word.
            int unitAt = -1;
            for (int j = i; j < words.size(); j++) {
                if (UNITS.containsKey(words.get(j))) {
                    unitAt = j;
                    break;
                }
            }
            if (unitAt <= i) {
                return null;
            }
            List<String> amountWords = words.subList(i, unitAt);
            boolean andAHalf = amountWords.size() > 3
                    && amountWords.subList(amountWords.size() - 3, amountWords.size()).equals(List.of("and", "a", "half"));
            if (andAHalf) {
                amountWords = amountWords.subList(0, amountWords.size() - 3);
            }
            Double amount = amount(amountWords);
            if (amount == null) {
                return null;
            }
            long unit = UNITS.get(words.get(unitAt));
            double value = (amount + (andAHalf ? 0.5 : 0)) * unit;
            i = unitAt + 1;
            if (i + 2 < words.size() && words.subList(i, i + 3).equals(List.of("and", "a", "half"))) {
                value += unit / 2.0;
                i += 3;
            } else if (i + 2 < words.size() && words.subList(i, i + 3).equals(List.of("and", "a", "quarter"))) {
                value += unit / 4.0;
                i += 3;
            }
            seconds += Math.round(value);
            any = true;
        }
        return any && seconds > 0 ? Duration.ofSeconds(seconds) : null;
    }

    /** How many quarters "a quarter", "three quarters" of an hour are. */
    private static final Map<String, Integer> QUARTER_COUNTS = Map.of("a", 1, "one", 1, "two", 2, "three", 3);

    /**
     * @return how many quarters of an hour the words say from {@code i}: "quarter of an hour" and "a quarter of an
     *         hour" are one, "three quarters of an hour" three; 0 when they say none
     */
    private static int quartersOfAnHour(List<String> words, int i) {
        int count = 1;
        int at = i;
        if (at < words.size() && QUARTER_COUNTS.containsKey(words.get(at))) {
            count = QUARTER_COUNTS.get(words.get(at));
            at++;
        }
        String quarter = count == 1 ? "quarter" : "quarters";
        return at + 3 < words.size() && words.subList(at, at + 4).equals(List.of(quarter, "of", "an", "hour")) ? count
                : 0;
    }

    private static Double amount(List<String> words) {
        if (words.size() == 1 && (words.get(0).equals("a") || words.get(0).equals("an"))) {
            return 1.0;
        }
        if (words.equals(List.of("half", "a")) || words.equals(List.of("half", "an"))) {
            return 0.5;
        }
        if (words.size() == 1 && words.get(0).matches("\\d+([.]\\d+)?")) {
            return Double.parseDouble(words.get(0));
        }
        Long number = number(words);
        return number == null ? null : number.doubleValue();
    }

    /** A time of day: "seven thirty", "noon", "half past six", "quarter to eight pm", "19 45", "seven o'clock". */
    static LocalTime time(List<String> said) {
        List<String> words = said;
        if (words.size() > 1 && words.get(0).equals("at")) {
            words = words.subList(1, words.size());
        }
        if (words.size() == 1) {
            switch (words.get(0)) {
                case "noon", "midday" -> {
                    return LocalTime.NOON;
                }
                case "midnight" -> {
                    return LocalTime.MIDNIGHT;
                }
                default -> {
                }
            }
        }
        // Split off a part-of-day suffix.
        int half = 0; // 0 unknown, 1 morning, 2 afternoon/evening/night
        String joined = String.join(" ", words);
        for (var suffix : List.of(Map.entry(" a m", 1), Map.entry(" am", 1), Map.entry(" in the morning", 1),
                Map.entry(" p m", 2), Map.entry(" pm", 2), Map.entry(" in the afternoon", 2),
                Map.entry(" in the evening", 2), Map.entry(" at night", 2), Map.entry(" tonight", 2))) {
            if (joined.endsWith(suffix.getKey())) {
                half = suffix.getValue();
                joined = joined.substring(0, joined.length() - suffix.getKey().length());
                break;
            }
        }
        List<String> core = Words.tokens(joined);
        if (core.isEmpty()) {
            return null;
        }
        int hour;
        int minute;
        int past = core.indexOf("past");
        int to = core.indexOf("to");
        if (past > 0 || to > 0) {
            int at = past > 0 ? past : to;
            List<String> minutes = core.subList(0, at);
            if (!minutes.isEmpty() && (minutes.get(minutes.size() - 1).equals("minutes")
                    || minutes.get(minutes.size() - 1).equals("minute"))) {
                minutes = minutes.subList(0, minutes.size() - 1);
            }
            Integer m = switch (String.join(" ", minutes)) {
                case "half" -> 30;
                case "quarter", "a quarter" -> 15;
                default -> {
                    Long n = number(minutes);
                    yield n == null || n < 1 || n > 30 ? null : n.intValue();
                }
            };
            Integer h = hour(core.subList(at + 1, core.size()));
            if (m == null || h == null || (past < 0 && m == 30)) {
                return null;
            }
            hour = past > 0 ? h : (h + 23) % 24;
            minute = past > 0 ? m : 60 - m;
        } else {
            if (core.size() > 1 && (core.get(core.size() - 1).equals("o'clock")
                    || core.get(core.size() - 1).equals("oclock"))) {
                core = core.subList(0, core.size() - 1);
            }
            Integer h = null;
            Integer m = 0;
            for (int split = 1; split <= core.size() && h == null; split++) {
                Integer candidate = hour(core.subList(0, split));
                Integer rest = split == core.size() ? Integer.valueOf(0) : minutes(core.subList(split, core.size()));
                if (candidate != null && rest != null) {
                    h = candidate;
                    m = rest;
                }
            }
            if (h == null) {
                return null;
            }
            hour = h;
            minute = m;
        }
        if (half == 2 && hour < 12) {
            hour += 12;
        } else if (half == 1 && hour == 12) {
            hour = 0;
        } else if (half != 0 && hour > 12) {
            return null;
        }
        try {
            return LocalTime.of(hour, minute);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static Integer hour(List<String> words) {
        Long n = words.size() == 1 && words.get(0).matches("\\d{1,2}") ? Long.valueOf(words.get(0)) : number(words);
        return n == null || n > 23 || (words.size() > 1 && !words.get(0).matches("twenty")) ? null : n.intValue();
    }

    private static Integer minutes(List<String> words) {
        if (words.size() == 2 && (words.get(0).equals("oh") || words.get(0).equals("o"))) {
            Integer unit = Words.SMALL.get(words.get(1));
            return unit != null && unit > 0 && unit < 10 ? unit : null;
        }
        if (words.size() == 1 && words.get(0).matches("\\d\\d")) {
            int m = Integer.parseInt(words.get(0));
            return m < 60 ? m : null;
        }
        if (words.equals(List.of("hundred"))) {
            return 0;
        }
        Long n = number(words);
        return n == null || n < 10 || n > 59 ? null : n.intValue();
    }

    /** A date: "today", "tomorrow", "next monday", "the fifth of may", "may 5th", "may fifth 2027". */
    LocalDate date(List<String> said) {
        LocalDate today = LocalDate.now(clock);
        List<String> words = said;
        if (!words.isEmpty() && words.get(0).equals("on")) {
            words = words.subList(1, words.size());
        }
        String joined = String.join(" ", words);
        switch (joined) {
            case "today" -> {
                return today;
            }
            case "tomorrow" -> {
                return today.plusDays(1);
            }
            case "yesterday" -> {
                return today.minusDays(1);
            }
            case "the day after tomorrow", "day after tomorrow" -> {
                return today.plusDays(2);
            }
            default -> {
            }
        }
        if (words.isEmpty()) {
            return null;
        }
        String first = words.get(0);
        if (words.size() <= 2) {
            DayOfWeek day = DAYS.get(words.get(words.size() - 1));
            if (day != null && (words.size() == 1 || first.equals("next") || first.equals("this"))) {
                return today.with(TemporalAdjusters.next(day));
            }
        }
        List<String> rest = words;
        if (rest.get(0).equals("the")) {
            rest = rest.subList(1, rest.size());
        }
        Month month = null;
        Integer day = null;
        Long year = null;
        int monthAt = -1;
        for (int i = 0; i < rest.size(); i++) {
            if (MONTHS.containsKey(rest.get(i))) {
                month = MONTHS.get(rest.get(i));
                monthAt = i;
                break;
            }
        }
        if (month == null) {
            return null;
        }
        List<String> before = rest.subList(0, monthAt);
        if (!before.isEmpty() && before.get(before.size() - 1).equals("of")) {
            before = before.subList(0, before.size() - 1);
        }
        List<String> after = rest.subList(monthAt + 1, rest.size());
        if (!before.isEmpty()) {
            day = dayOfMonth(before);
            if (!after.isEmpty()) {
                year = number(after);
                if (year == null) {
                    return null;
                }
            }
        } else {
            for (int split = 1; split <= after.size() && day == null; split++) {
                Integer d = dayOfMonth(after.subList(0, split));
                Long y = split == after.size() ? null : number(after.subList(split, after.size()));
                if (d != null && (split == after.size() || y != null)) {
                    day = d;
                    year = y;
                }
            }
        }
        if (day == null) {
            return null;
        }
        try {
            LocalDate date = LocalDate.of(year == null ? today.getYear() : year.intValue(), month, day);
            return year == null && date.isBefore(today) ? date.plusYears(1) : date;
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static Integer dayOfMonth(List<String> words) {
        if (words.size() == 1) {
            String w = words.get(0);
            if (w.matches("\\d{1,2}(st|nd|rd|th)?")) {
                return Integer.valueOf(w.replaceAll("\\D", ""));
            }
            Integer ordinal = Words.ORDINALS.get(w);
            if (ordinal != null) {
                return ordinal;
            }
        }
        if (words.size() == 2) {
            Integer tens = Words.TENS.get(words.get(0));
            Integer ordinal = Words.ORDINALS.get(words.get(1));
            if (tens != null && ordinal != null && ordinal < 10 && tens <= 30) {
                return tens + ordinal;
            }
        }
        Long n = number(words);
        return n == null || n < 1 || n > 31 ? null : n.intValue();
    }
}
