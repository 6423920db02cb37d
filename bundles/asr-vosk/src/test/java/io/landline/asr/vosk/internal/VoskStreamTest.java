package io.landline.asr.vosk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class VoskStreamTest {

    private final PhraseSnapper snapper = new PhraseSnapper(List.of("computer", "computer flip a coin",
            "computer flip a penny", "computer what time is it", "no", "yes"));

    private static VoskJson.Alternative alternative(String text, double relativeScore) {
        return new VoskJson.Alternative(text, Arrays.stream(text.split(" ")).map(w -> new Words.Word(w, 0, 0, 1))
                .toList(), relativeScore);
    }

    @Test
    void aHypothesisCutShortToItsFirstWordIsNotTakenForBeingNearTheBareWakeWord() {
        List<VoskJson.Alternative> heard = List.of(alternative("computer flip a [unk] you", 1),
                alternative("computer flip a [unk]", 0.8), alternative("computer [unk]", 0.5),
                alternative("computer flip [unk]", 0.3));

        // Each longer one is as near one phrase as another ("flip a coin", "flip a penny"), so none is near.
        assertThat(VoskStream.nearestToAPhrase(heard, snapper).text()).isEqualTo("computer flip a [unk] you");
    }

    @Test
    void aFillerAfterTheOneWordDoesNotMakeItMore() {
        List<VoskJson.Alternative> heard = List.of(alternative("computer please", 1),
                alternative("computer flip a [unk] you", 0.5));

        assertThat(VoskStream.nearestToAPhrase(heard, snapper).text()).isEqualTo("computer flip a [unk] you");
    }

    @Test
    void aOneWordHypothesisStillWinsWhereNoLikelyOneHeardThatWordAndMore() {
        List<VoskJson.Alternative> heard = List.of(alternative("now the", 1), alternative("no [unk]", 0.6));

        assertThat(VoskStream.nearestToAPhrase(heard, snapper).text()).isEqualTo("no [unk]");
    }

    @Test
    void anUnlikelyHypothesisIsNotTakenHoweverNearAPhrase() {
        List<VoskJson.Alternative> heard = List.of(alternative("computer what [unk] is", 1),
                alternative("computer what time is it", 0.05));

        assertThat(VoskStream.nearestToAPhrase(heard, snapper).text()).isEqualTo("computer what [unk] is");
    }
}
