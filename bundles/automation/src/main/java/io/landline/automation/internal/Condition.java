package io.landline.automation.internal;

import io.landline.api.automation.TriggerEvent;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Something that must hold for a rule's actions to run. */
interface Condition {

    /**
     * @param event what fired
     * @param now   the local time now
     * @return empty when the condition holds, else why not (for the rule history)
     */
    Optional<String> unmet(TriggerEvent event, ZonedDateTime now);

    /**
     * Builds a condition from a rule file entry.
     *
     * @param kind  {@code time}, {@code days}, {@code site} or {@code caller}
     * @param value its setting
     * @return the condition
     * @throws IllegalArgumentException with a message for users
     */
    static Condition of(String kind, Object value) {
        return switch (kind) {
            case "time" -> TimeWindow.parse(String.valueOf(value));
            case "days", "day" -> Days.parse(value);
            case "site" -> new OneOf("site", "site", words(value));
            case "caller", "contact" -> new Caller(words(value));
            default -> throw new IllegalArgumentException(
                    "unknown condition '" + kind + "'; known: time, days, site, caller");
        };
    }

    private static Set<String> words(Object value) {
        Collection<?> items = value instanceof Collection<?> c ? c : List.of(String.valueOf(value).split(","));
        Set<String> words = new LinkedHashSet<>();
        for (Object item : items) {
            String word = String.valueOf(item).strip().toLowerCase(Locale.ROOT);
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        if (words.isEmpty()) {
            throw new IllegalArgumentException("the condition needs at least one value");
        }
        return words;
    }

    /** Between two times of day; a window like 22:00-07:00 spans midnight. */
    record TimeWindow(LocalTime from, LocalTime to) implements Condition {

        static TimeWindow parse(String text) {
            String[] ends = text.split("\\s*(-|to|–)\\s*");
            if (ends.length != 2) {
                throw new IllegalArgumentException("a time window is written like 22:00-07:00, not '" + text + "'");
            }
            try {
                return new TimeWindow(LocalTime.parse(pad(ends[0].strip())), LocalTime.parse(pad(ends[1].strip())));
            } catch (java.time.format.DateTimeParseException e) {
                throw new IllegalArgumentException("a time window is written like 22:00-07:00, not '" + text + "'");
            }
        }

        private static String pad(String time) {
            return time.length() == 4 && time.charAt(1) == ':' ? "0" + time : time;
        }

        @Override
        public Optional<String> unmet(TriggerEvent event, ZonedDateTime now) {
            LocalTime time = now.toLocalTime();
            // Equal ends mean the whole day; a window whose end is before its start spans midnight.
            boolean inside = from.equals(to) || (from.isBefore(to)
                    ? !time.isBefore(from) && time.isBefore(to)
                    : !time.isBefore(from) || time.isBefore(to));
            return inside ? Optional.empty() : Optional.of("outside " + from + "-" + to);
        }
    }

    /** On some days of the week. */
    record Days(Set<DayOfWeek> days) implements Condition {

        static Days parse(Object value) {
            Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            for (String part : words(value)) {
                switch (part) {
                    case "weekdays" -> days.addAll(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
                    case "weekend", "weekends" -> days.addAll(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
                    default -> {
                        String[] range = part.split("\\s*-\\s*");
                        DayOfWeek first = day(range[0]);
                        DayOfWeek last = range.length > 1 ? day(range[1]) : first;
                        for (DayOfWeek d = first;; d = d.plus(1)) {
                            days.add(d);
                            if (d == last) {
                                break;
                            }
                        }
                    }
                }
            }
            return new Days(days);
        }

        private static DayOfWeek day(String text) {
            for (DayOfWeek day : DayOfWeek.values()) {
                String name = day.name().toLowerCase(Locale.ROOT);
                if (text.length() >= 3 && name.startsWith(text)) {
                    return day;
                }
            }
            throw new IllegalArgumentException("'" + text + "' is not a day of the week (mon, tue, ... or weekdays)");
        }

        @Override
        public Optional<String> unmet(TriggerEvent event, ZonedDateTime now) {
            return days.contains(now.getDayOfWeek()) ? Optional.empty()
                    : Optional.of("not on " + now.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
        }
    }

    /** A value of the trigger's data is one of a set, ignoring case. */
    record OneOf(String key, String label, Set<String> allowed) implements Condition {

        @Override
        public Optional<String> unmet(TriggerEvent event, ZonedDateTime now) {
            Object value = event.data().get(key);
            String text = value == null ? "" : value.toString().toLowerCase(Locale.ROOT);
            return allowed.contains(text) ? Optional.empty()
                    : Optional.of(label + " is " + (text.isEmpty() ? "unknown" : text) + ", not "
                            + String.join(" or ", allowed));
        }
    }

    /** The caller is a contact (by name) or a number; numbers compare by their digits. */
    record Caller(Set<String> callers) implements Condition {

        @Override
        public Optional<String> unmet(TriggerEvent event, ZonedDateTime now) {
            String contact = String.valueOf(event.data().getOrDefault("contact", "")).toLowerCase(Locale.ROOT);
            String number = digits(String.valueOf(event.data().getOrDefault("number", "")));
            for (String caller : callers) {
                if (caller.equals(contact) || (!digits(caller).isEmpty() && digits(caller).equals(number))) {
                    return Optional.empty();
                }
            }
            return Optional.of("caller is " + (contact.isEmpty() ? number.isEmpty() ? "unknown" : number : contact)
                    + ", not " + callers.stream().collect(Collectors.joining(" or ")));
        }

        private static String digits(String text) {
            return text.replaceAll("[^0-9]", "");
        }
    }
}
