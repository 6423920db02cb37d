package io.landline.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsTest {

    private final List<String> reported = new ArrayList<>();
    private final Problems problems = new Problems(Clock.systemUTC(), p -> reported.add(p.source() + ": " + p.message()));

    @Test
    void badValuesAreReportedWithTheFileAndThePreviousValueKept() {
        Settings settings = new Settings(Map.of("felix.fileinstall.filename", "file:/x/etc/io.landline.dialog.cfg",
                "followup.seconds", "soon", "confirmation.seconds", "20"), "io.landline.dialog", problems);
        assertThat(settings.integer("followup.seconds", 8, 1, 600)).isEqualTo(8);
        assertThat(settings.integer("confirmation.seconds", 30, 1, 600)).isEqualTo(20);
        assertThat(settings.finish()).isFalse();
        assertThat(reported).containsExactly(
                "etc/io.landline.dialog.cfg: followup.seconds = 'soon' is not a whole number from 1 to 600; keeping 8");
    }

    @Test
    void outOfRangeIsRejectedAndAFixedFileClearsTheProblem() {
        Map<String, Object> bad = Map.of("intent.confident", "7");
        new Settings(bad, "io.landline.dialog", problems).decimal("intent.confident", 0.8, 0, 1);
        assertThat(problems.current()).hasSize(1);
        Settings good = new Settings(Map.of("intent.confident", "0.7"), "io.landline.dialog", problems);
        assertThat(good.decimal("intent.confident", 0.8, 0, 1)).isEqualTo(0.7);
        assertThat(good.finish()).isTrue();
        assertThat(problems.current()).isEmpty();
    }

    @Test
    void problemsAreBoundedAndRepeatsAreNotReReported() {
        for (int i = 0; i < Problems.MAX + 20; i++) {
            problems.report("source " + i, "broken");
        }
        problems.report("source 119", "broken");
        assertThat(problems.current()).hasSize(Problems.MAX);
        assertThat(reported).hasSize(Problems.MAX + 20);
    }
}
