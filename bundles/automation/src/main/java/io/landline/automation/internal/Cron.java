package io.landline.automation.internal;

import java.time.DayOfWeek;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.BitSet;
import java.util.Locale;
import java.util.Map;

/**
 * A classic five-field cron schedule: minute, hour, day of month, month, day of week, with {@code *}, lists,
 * ranges, steps and English names ({@code mon-fri}, {@code jan}), plus {@code @hourly}, {@code @daily},
 * {@code @weekly}, {@code @monthly}, {@code @yearly}. As in Vixie cron, when both day fields are restricted a day
 * matches if either does. Written here (one small class) instead of pulling in a cron library with its own
 * dependencies; the grammar is small and fully unit-tested.
 */
final class Cron {

    private static final Map<String, String> ALIASES = Map.of("@hourly", "0 * * * *", "@daily", "0 0 * * *",
            "@midnight", "0 0 * * *", "@weekly", "0 0 * * 0", "@monthly", "0 0 1 * *", "@yearly", "0 0 1 1 *",
            "@annually", "0 0 1 1 *");
    private static final String[] MONTHS = { "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
            "nov", "dec" };
    private static final String[] DAYS = { "sun", "mon", "tue", "wed", "thu", "fri", "sat" };

    private final String expression;
    private final BitSet minutes;
    private final BitSet hours;
    private final BitSet daysOfMonth;
    private final BitSet months;
    private final BitSet daysOfWeek;
    private final boolean anyDayOfMonth;
    private final boolean anyDayOfWeek;

    private Cron(String expression, String[] fields) {
        this.expression = expression;
        this.minutes = field(fields[0], 0, 59, null, "minute");
        this.hours = field(fields[1], 0, 23, null, "hour");
        this.daysOfMonth = field(fields[2], 1, 31, null, "day of month");
        this.months = field(fields[3], 1, 12, MONTHS, "month");
        BitSet days = field(fields[4], 0, 7, DAYS, "day of week");
        if (days.get(7)) {
            days.set(0);
        }
        this.daysOfWeek = days;
        this.anyDayOfMonth = fields[2].equals("*");
        this.anyDayOfWeek = fields[4].equals("*");
    }

    /**
     * @param expression five fields or an {@code @} alias
     * @return the schedule
     * @throws IllegalArgumentException with a message for users when the expression is malformed
     */
    static Cron parse(String expression) {
        String text = expression == null ? "" : expression.strip().toLowerCase(Locale.ROOT);
        String expanded = ALIASES.getOrDefault(text, text);
        String[] fields = expanded.split("\\s+");
        if (fields.length != 5) {
            throw new IllegalArgumentException("a cron schedule has 5 fields (minute hour day month weekday), '"
                    + expression + "' has " + (text.isEmpty() ? 0 : fields.length));
        }
        return new Cron(expression.strip(), fields);
    }

    /**
     * @param after a time
     * @return the first matching minute strictly after it, in its zone
     */
    ZonedDateTime next(ZonedDateTime after) {
        ZonedDateTime time = after.truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
        // Five years covers every valid schedule (29 February, rare weekday + date combinations).
        ZonedDateTime limit = time.plusYears(5);
        while (time.isBefore(limit)) {
            if (!months.get(time.getMonthValue())) {
                time = time.plusMonths(1).withDayOfMonth(1).withHour(0).withMinute(0);
            } else if (!dayMatches(time)) {
                time = time.plusDays(1).withHour(0).withMinute(0);
            } else if (!hours.get(time.getHour())) {
                time = time.plusHours(1).withMinute(0);
            } else if (!minutes.get(time.getMinute())) {
                time = time.plusMinutes(1);
            } else {
                return time;
            }
        }
        throw new IllegalArgumentException("the cron schedule '" + expression + "' never fires");
    }

    private boolean dayMatches(ZonedDateTime time) {
        boolean dom = daysOfMonth.get(time.getDayOfMonth());
        boolean dow = daysOfWeek.get(time.getDayOfWeek() == DayOfWeek.SUNDAY ? 0 : time.getDayOfWeek().getValue());
        if (anyDayOfMonth || anyDayOfWeek) {
            return dom && dow;
        }
        return dom || dow;
    }

    @Override
    public String toString() {
        return expression;
    }

    private static BitSet field(String text, int min, int max, String[] names, String what) {
        BitSet bits = new BitSet(max + 1);
        for (String part : text.split(",")) {
            int step = 1;
            String range = part;
            int slash = part.indexOf('/');
            if (slash >= 0) {
                step = number(part.substring(slash + 1), 1, max, null, what + " step");
                range = part.substring(0, slash);
            }
            int from;
            int to;
            if (range.equals("*")) {
                from = min;
                to = max;
            } else if (range.contains("-")) {
                String[] ends = range.split("-", 2);
                from = number(ends[0], min, max, names, what);
                to = number(ends[1], min, max, names, what);
                if (to < from) {
                    throw new IllegalArgumentException("the " + what + " range '" + range + "' goes backwards");
                }
            } else {
                from = number(range, min, max, names, what);
                to = slash >= 0 ? max : from;
            }
            for (int i = from; i <= to; i += step) {
                bits.set(i);
            }
        }
        return bits;
    }

    private static int number(String text, int min, int max, String[] names, String what) {
        if (names != null) {
            for (int i = 0; i < names.length; i++) {
                if (names[i].equals(text)) {
                    return names == MONTHS ? i + 1 : i;
                }
            }
        }
        try {
            int value = Integer.parseInt(text);
            if (value < min || value > max) {
                throw new IllegalArgumentException(
                        "the " + what + " '" + text + "' is out of range " + min + "-" + max);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the " + what + " '" + text + "' is not a number"
                    + (names == null ? "" : " or a name like " + names[1]));
        }
    }
}
