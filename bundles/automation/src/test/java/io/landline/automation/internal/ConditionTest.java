package io.landline.automation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.landline.api.automation.TriggerEvent;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConditionTest {

    private static final TriggerEvent CALL = new TriggerEvent("call", Instant.EPOCH,
            Map.of("number", "+1 555-0100", "contact", "Mom", "site", "Kitchen"));

    private static ZonedDateTime at(String local) {
        return LocalDateTime.parse(local).atZone(ZoneId.of("UTC"));
    }

    @Test
    void timeWindowsSpanMidnight() {
        Condition night = Condition.of("time", "22:00-07:00");
        assertThat(night.unmet(CALL, at("2026-11-22T23:30"))).isEmpty();
        assertThat(night.unmet(CALL, at("2026-11-22T06:59"))).isEmpty();
        assertThat(night.unmet(CALL, at("2026-11-22T07:00"))).contains("outside 22:00-07:00");
        assertThat(Condition.of("time", "00:00-00:00").unmet(CALL, at("2026-11-22T13:37"))).isEmpty();
        Condition day = Condition.of("time", "9:00 - 17:30");
        assertThat(day.unmet(CALL, at("2026-11-22T12:00"))).isEmpty();
        assertThat(day.unmet(CALL, at("2026-11-22T18:00"))).isPresent();
    }

    @Test
    void daysOfWeek() {
        Condition weekdays = Condition.of("days", "mon-fri");
        assertThat(weekdays.unmet(CALL, at("2026-11-20T12:00"))).isEmpty(); // Friday
        assertThat(weekdays.unmet(CALL, at("2026-11-22T12:00"))).contains("not on Sunday");
        Condition weekend = Condition.of("days", List.of("saturday", "sun"));
        assertThat(weekend.unmet(CALL, at("2026-11-22T12:00"))).isEmpty();
        Condition wrap = Condition.of("days", "fri-mon");
        assertThat(wrap.unmet(CALL, at("2026-11-23T12:00"))).isEmpty(); // Monday
        assertThat(wrap.unmet(CALL, at("2026-11-24T12:00"))).isPresent();
    }

    @Test
    void siteAndCallerIgnoreCaseAndFormatting() {
        assertThat(Condition.of("site", "kitchen, hall").unmet(CALL, at("2026-11-22T12:00"))).isEmpty();
        assertThat(Condition.of("site", "bedroom").unmet(CALL, at("2026-11-22T12:00")))
                .contains("site is kitchen, not bedroom");
        assertThat(Condition.of("caller", "mom").unmet(CALL, at("2026-11-22T12:00"))).isEmpty();
        assertThat(Condition.of("caller", List.of("+15550100")).unmet(CALL, at("2026-11-22T12:00"))).isEmpty();
        assertThat(Condition.of("caller", "Dad").unmet(CALL, at("2026-11-22T12:00")))
                .contains("caller is mom, not dad");
    }

    @Test
    void badConditionsSaySo() {
        assertThatThrownBy(() -> Condition.of("time", "late")).hasMessageContaining("22:00-07:00");
        assertThatThrownBy(() -> Condition.of("days", "someday")).hasMessageContaining("not a day of the week");
        assertThatThrownBy(() -> Condition.of("weather", "sunny")).hasMessageContaining("unknown condition");
    }
}
