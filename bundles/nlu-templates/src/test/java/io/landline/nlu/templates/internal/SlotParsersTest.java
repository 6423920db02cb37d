package io.landline.nlu.templates.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.landline.api.intent.SlotType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SlotParsersTest {

    // Wednesday 2026-11-18
    private final SlotParsers parsers = new SlotParsers(Clock.fixed(Instant.parse("2026-11-18T10:00:00Z"), ZoneOffset.UTC));

    private Object parse(String text, SlotType.Kind kind) {
        return parsers.parse(Words.tokens(text), SlotType.of(kind));
    }

    @ParameterizedTest
    @CsvSource({ "forty two,42", "a hundred and five,105", "2025,2025", "two thousand twenty six,2026",
            "one hundred,100", "zero,0", "a dozen,12", "three million two hundred thousand,3200000" })
    void numbers(String text, long expected) {
        assertThat(parse(text, SlotType.Kind.NUMBER)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({ "five five", "forty forty", "and five", "hello", "seven and" })
    void notNumbers(String text) {
        assertThat(parse(text, SlotType.Kind.NUMBER)).isNull();
    }

    @ParameterizedTest
    @CsvSource({ "five five five oh one double two,5550122", "plus four four two oh seven,+44207",
            "one eight hundred,1800", "triple nine,999", "0 1 2 3,0123", "star one hash,*1#", "twenty five ten,2510",
            "five five five two for six eight,5552468", "one to three,123" })
    void digits(String text, String expected) {
        assertThat(parse(text, SlotType.Kind.DIGITS)).isEqualTo(expected);
    }

    @Test
    void digitsRejectWords() {
        assertThat(parse("five mom", SlotType.Kind.DIGITS)).isNull();
        assertThat(parse("double", SlotType.Kind.DIGITS)).isNull();
        // A word that sounds like a digit is one only inside a number.
        assertThat(parse("for five", SlotType.Kind.DIGITS)).isNull();
        assertThat(parse("plus to", SlotType.Kind.DIGITS)).isNull();
    }

    @ParameterizedTest
    @CsvSource({ "eight minutes,PT8M", "an hour and a half,PT1H30M", "half an hour,PT30M",
            "two and a half hours,PT2H30M", "1 hour 30 minutes,PT1H30M", "ninety seconds,PT1M30S",
            "a minute and a half,PT1M30S", "two hours and ten minutes,PT2H10M", "a quarter of an hour,PT15M",
            "10 min,PT10M", "one day,PT24H", "three quarters of an hour,PT45M", "quarter of an hour,PT15M",
            "an hour and a quarter,PT1H15M", "two hours and three quarters of an hour,PT2H45M" })
    void durations(String text, String expected) {
        assertThat(parse(text, SlotType.Kind.DURATION)).isEqualTo(Duration.parse(expected));
    }

    @ParameterizedTest
    @CsvSource({ "minutes", "eight", "eight potatoes", "and a half minutes" })
    void notDurations(String text) {
        assertThat(parse(text, SlotType.Kind.DURATION)).isNull();
    }

    @ParameterizedTest
    @CsvSource({ "seven thirty,07:30", "noon,12:00", "midnight,00:00", "half past six,06:30",
            "quarter to eight pm,19:45", "ten past seven,07:10", "seven o'clock,07:00", "seven oh five,07:05",
            "19:45,19:45", "7pm,19:00", "seven thirty p.m.,19:30", "twelve am,00:00", "twenty one fifteen,21:15",
            "six in the evening,18:00", "at seven,07:00", "eleven forty five,11:45",
            "five fifty in the morning,05:50", "ten twenty at night,22:20", "seven oh five tonight,19:05" })
    void times(String text, String expected) {
        assertThat(parse(text, SlotType.Kind.TIME)).isEqualTo(LocalTime.parse(expected));
    }

    @ParameterizedTest
    @CsvSource({ "seven seventy", "thirty past", "tomorrow", "twenty five", "half to six" })
    void notTimes(String text) {
        assertThat(parse(text, SlotType.Kind.TIME)).isNull();
    }

    @ParameterizedTest
    @CsvSource({ "today,2026-11-18", "tomorrow,2026-11-19", "friday,2026-11-20", "next wednesday,2026-11-25",
            "the fifth of may,2027-05-05", "december 24th,2026-12-24", "may fifth 2030,2030-05-05",
            "the twenty first of november,2026-11-21", "on monday,2026-11-23" })
    void dates(String text, String expected) {
        assertThat(parse(text, SlotType.Kind.DATE)).isEqualTo(LocalDate.parse(expected));
    }

    @Test
    void listValuesAreMatchedAfterNormalisation() {
        SlotType contacts = SlotType.list(java.util.List.of("mom", "Uncle Bob", "o'neill"));
        assertThat(parsers.parse(Words.tokens("uncle bob"), contacts)).isEqualTo("Uncle Bob");
        assertThat(parsers.parse(Words.tokens("O'Neill"), contacts)).isEqualTo("o'neill");
        assertThat(parsers.parse(Words.tokens("dad"), contacts)).isNull();
    }
}
