package io.landline.asr.vosk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FreeTextTest {

    private static Words.Word word(String text, double start, double end) {
        return new Words.Word(text, start, end, 1);
    }

    private final List<Words.Word> constrained = List.of(word("add", 0.1, 0.3), word("[unk]", 0.35, 0.6),
            word("[unk]", 0.6, 0.9), word("to", 1.0, 1.1), word("the", 1.1, 1.2), word("list", 1.2, 1.5));

    @Test
    void unknownRunsBecomeTheOpenWordsBetweenTheirNeighbours() {
        List<Words.Word> open = List.of(word("at", 0.1, 0.3), word("oat", 0.3, 0.55), word("milk", 0.55, 0.95),
                word("two", 0.95, 1.1), word("the", 1.1, 1.2), word("list", 1.2, 1.5));
        assertThat(FreeText.splice(constrained, open)).isEqualTo("add oat milk to the list");
    }

    @Test
    void anUnknownAtTheEdgeTakesEverythingBeyondItsNeighbour() {
        List<Words.Word> words = List.of(word("call", 0.1, 0.4), word("[unk]", 0.5, 1.0));
        assertThat(FreeText.splice(words, List.of(word("cool", 0.1, 0.4), word("grandpa", 0.5, 1.1))))
                .isEqualTo("call grandpa");
        assertThat(FreeText.splice(words, List.of())).isEqualTo("call");
    }

    @Test
    void theShapeHasOneMarkPerRun() {
        assertThat(FreeText.shape(constrained)).isEqualTo("add * to the list");
    }

    @Test
    void unknownWordsAndFillersAtTheEdgesAreDropped() {
        List<Words.Word> words = List.of(word("[unk]", 0, 0.2), word("what", 0.2, 0.4), word("time", 0.4, 0.6),
                word("[unk]", 0.6, 0.8), word("is", 0.8, 0.9), word("now", 0.9, 1.0), word("[unk]", 1.0, 1.1));
        assertThat(FreeText.withoutEdgeNoise(words, true)).isEqualTo("what time [unk] is");
        assertThat(FreeText.withoutEdgeNoise(words.subList(0, 1), true)).isEmpty();
        assertThat(FreeText.withoutEdgeNoise(words.subList(1, 6), false)).isEqualTo("what time [unk] is");
        assertThat(FreeText.withoutEdgeNoise(words, false)).isEqualTo("[unk] what time [unk] is now [unk]");
    }
}
