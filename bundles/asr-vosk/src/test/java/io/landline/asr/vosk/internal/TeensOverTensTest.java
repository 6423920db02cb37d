package io.landline.asr.vosk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TeensOverTensTest {

    private static VoskJson.Alternative alternative(String text, double relativeScore) {
        return new VoskJson.Alternative(text, Words.parse("[]"), relativeScore);
    }

    @Test
    void aLikelyHypothesisWithTheTeenForTheTensWordIsItsTwin() {
        VoskJson.Alternative fifty = alternative("remind me in fifty minutes", 1);
        VoskJson.Alternative fifteen = alternative("remind me in fifteen minutes", 0.3);

        assertThat(TeensOverTens.teenTwin(fifty, List.of(fifty, alternative("remind me in fifty", 0.5), fifteen)))
                .contains(fifteen);
    }

    @Test
    void aTeenIsNotTradedForItsTensWord() {
        VoskJson.Alternative fifteen = alternative("remind me in fifteen minutes", 1);

        assertThat(TeensOverTens.teenTwin(fifteen, List.of(fifteen, alternative("remind me in fifty minutes", 0.9))))
                .isEmpty();
    }

    @Test
    void anotherTeenOrAnyOtherDifferenceIsNoTwin() {
        VoskJson.Alternative forty = alternative("set a timer for forty minutes", 1);

        assertThat(TeensOverTens.teenTwin(forty, List.of(forty, alternative("set a timer for fifteen minutes", 0.9),
                alternative("set a timer for fourteen seconds", 0.8),
                alternative("set the timer for fourteen minutes", 0.7)))).isEmpty();
    }
}
