package io.landline.skill.builtin.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.landline.api.intent.Intent;
import io.landline.api.skill.SkillRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClockSkillTest {

    private final ClockSkill clock = new ClockSkill(
            Clock.fixed(Instant.parse("2026-11-22T18:05:00Z"), ZoneId.of("Europe/Berlin")));

    private String ask(String intent) {
        return clock.handle(new SkillRequest(new Intent("clock", intent, Map.of(), 1, "", ""), "default", false))
                .text();
    }

    @Test
    void tellsTimeDateAndDayInTheLocalZone() {
        assertThat(ask("GetTime")).isEqualTo("It's 7:05 PM.");
        assertThat(ask("GetDate")).isEqualTo("Today is Sunday, November 22, 2026.");
        assertThat(ask("GetDay")).isEqualTo("It's Sunday.");
    }

    @Test
    void everyIntentHasExampleSentences() {
        assertThat(clock.intents()).allSatisfy(i -> assertThat(i.sentences()).isNotEmpty());
    }

    @Test
    void everyIntentStartsWithAPlainSentenceForTheExactMatchEngine() {
        // The built-in exact-match engine skips sentences with template syntax.
        assertThat(clock.intents()).allSatisfy(i -> assertThat(i.sentences().get(0)).doesNotContainPattern("[\\[({]"));
    }
}
