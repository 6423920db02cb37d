package io.landline.asr.vosk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.landline.api.wake.WakeWord;
import java.util.List;
import org.junit.jupiter.api.Test;

class WakeMatcherTest {

    private static final String RESULT = "{\"result\" : [{\"conf\" : 1.0, \"end\" : 0.72, \"start\" : 0.03, "
            + "\"word\" : \"computer\"}, {\"conf\" : 1.0, \"end\" : 1.14, \"start\" : 0.84, \"word\" : \"what\"}], "
            + "\"text\" : \"computer what\"}";

    private final WakeMatcher matcher = new WakeMatcher(List.of(new WakeWord("computer", 0.5),
            new WakeWord("hey landline", 0.7)));

    @Test
    void findsTheWakeWordAndWhereItBeganAndEnded() {
        var found = matcher.find(Words.parse(RESULT), true, 1.2, -1);
        assertThat(found).hasValueSatisfying(d -> {
            assertThat(d.word()).isEqualTo("computer");
            assertThat(d.offsetMs()).isEqualTo(720);
            assertThat(d.startMs()).isEqualTo(30);
        });
        assertThat(matcher.find(Words.parse(RESULT), true, 1.2, 0.72)).as("already reported").isEmpty();
    }

    @Test
    void aDoubtfulWakeWordDoesNotCount() {
        var doubtful = List.of(new Words.Word("computer", 0.7, 0.7, 0.53), new Words.Word("cup", 1.0, 1.0, 1));
        assertThat(matcher.find(doubtful, true, 1.2, -1)).as("0.53 < 0.55 at sensitivity 0.5").isEmpty();
        var eager = new WakeMatcher(List.of(new WakeWord("computer", 0.9)));
        assertThat(eager.find(doubtful, true, 1.2, -1)).as("0.53 >= 0.27 at sensitivity 0.9").isPresent();
    }

    @Test
    void phrasesMatchConsecutiveWords() {
        var words = List.of(new Words.Word("hey", 0.3, 0.3, 1), new Words.Word("landline", 0.9, 0.9, 1));
        assertThat(matcher.find(words, true, 1, -1)).hasValueSatisfying(d -> assertThat(d.word())
                .isEqualTo("hey landline"));
        var apart = List.of(new Words.Word("hey", 0.3, 0.3, 1), new Words.Word("you", 0.5, 0.5, 1),
                new Words.Word("landline", 0.9, 0.9, 1));
        assertThat(matcher.find(apart, true, 1, -1)).isEmpty();
    }

    @Test
    void aPartialWakeWordCountsOnlyOnceAnotherWordFollows() {
        assertThat(matcher.followedInPartial("the computer")).isFalse();
        assertThat(matcher.followedInPartial("computer what")).isTrue();
        assertThat(matcher.followedInPartial("commuter train")).isFalse();
        assertThat(matcher.followedInPartial("")).isFalse();
        assertThat(Words.partialText("{\"partial\" : \"Computer what\"}")).isEqualTo("computer what");
    }

    @Test
    void grammarLetsNearMissesCompeteDependingOnSensitivity() {
        String careful = WakeGrammar.json(List.of(new WakeWord("computer", 0.3)), "commuter");
        assertThat(careful).startsWith("[\"computer\", ").contains("\"computers\"", "\"compute\"", "\"computed\"",
                "\"commuter\"", "\"the\"").endsWith("\"[unk]\"]");
        String normal = WakeGrammar.json(List.of(new WakeWord("computer", 0.8)), "commuter");
        assertThat(normal).doesNotContain("\"computed\"").contains("\"commuter\"", "\"the\"");
        String eager = WakeGrammar.json(List.of(new WakeWord("computer", 0.95)), "commuter");
        assertThat(eager).isEqualTo("[\"computer\", \"[unk]\"]");
    }
}
