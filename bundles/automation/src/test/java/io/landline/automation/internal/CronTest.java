package io.landline.automation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class CronTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    private static ZonedDateTime at(String local) {
        return java.time.LocalDateTime.parse(local).atZone(ZONE);
    }

    @Test
    void weekdayMornings() {
        Cron cron = Cron.parse("0 7 * * 1-5");
        // Friday 2026-11-20 08:00 -> Monday 07:00
        assertThat(cron.next(at("2026-11-20T08:00"))).isEqualTo(at("2026-11-23T07:00"));
        assertThat(cron.next(at("2026-11-23T06:59:30"))).isEqualTo(at("2026-11-23T07:00"));
        assertThat(cron.next(at("2026-11-23T07:00"))).isEqualTo(at("2026-11-24T07:00"));
    }

    @Test
    void stepsListsAndNames() {
        assertThat(Cron.parse("*/15 * * * *").next(at("2026-11-22T10:07"))).isEqualTo(at("2026-11-22T10:15"));
        assertThat(Cron.parse("5,35 9-10 * * *").next(at("2026-11-22T10:36"))).isEqualTo(at("2026-11-23T09:05"));
        assertThat(Cron.parse("30 22 * * sat,sun").next(at("2026-11-20T12:00"))).isEqualTo(at("2026-11-21T22:30"));
        assertThat(Cron.parse("0 0 1 jan *").next(at("2026-11-20T12:00"))).isEqualTo(at("2027-01-01T00:00"));
        assertThat(Cron.parse("0 12 * * 7").next(at("2026-11-20T12:00"))).isEqualTo(at("2026-11-22T12:00"));
        assertThat(Cron.parse("@daily").next(at("2026-11-20T12:00"))).isEqualTo(at("2026-11-21T00:00"));
    }

    @Test
    void dayOfMonthOrDayOfWeekWhenBothRestricted() {
        // the 13th, or any Friday (Vixie cron semantics)
        Cron cron = Cron.parse("0 9 13 * fri");
        assertThat(cron.next(at("2026-11-10T00:00"))).isEqualTo(at("2026-11-13T09:00"));
        assertThat(cron.next(at("2026-11-14T00:00"))).isEqualTo(at("2026-11-20T09:00"));
    }

    @Test
    void leapDayAndDaylightSaving() {
        assertThat(Cron.parse("0 0 29 2 *").next(at("2026-03-01T00:00"))).isEqualTo(at("2028-02-29T00:00"));
        // 02:30 does not exist on 2027-03-28 in Berlin; the next match is the following day
        ZonedDateTime next = Cron.parse("30 2 * * *").next(at("2027-03-27T03:00"));
        assertThat(next.toLocalDate().toString()).isIn("2027-03-28", "2027-03-29");
    }

    @Test
    void malformedSchedulesSayWhatIsWrong() {
        assertThatThrownBy(() -> Cron.parse("0 7 * *")).hasMessageContaining("5 fields");
        assertThatThrownBy(() -> Cron.parse("61 * * * *")).hasMessageContaining("minute '61' is out of range 0-59");
        assertThatThrownBy(() -> Cron.parse("0 7 * * funday")).hasMessageContaining("day of week 'funday'");
        assertThatThrownBy(() -> Cron.parse("0 9-7 * * *")).hasMessageContaining("goes backwards");
        assertThatThrownBy(() -> Cron.parse("0 0 31 2 *").next(at("2026-01-01T00:00")))
                .hasMessageContaining("never fires");
    }
}
