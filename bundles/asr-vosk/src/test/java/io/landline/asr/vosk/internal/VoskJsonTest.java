package io.landline.asr.vosk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class VoskJsonTest {

    @Test
    void readsTextPartialAndConfidence() {
        String result = "{\n  \"result\" : [{\"conf\" : 0.5, \"word\" : \"what\"}, {\"conf\" : 1.0, \"word\" : \"time\"}],"
                + "\n  \"text\" : \"what [unk] time\"\n}";
        assertThat(VoskJson.text(result)).isEqualTo("what time");
        assertThat(VoskJson.confidence(result)).isEqualTo(0.75);
        assertThat(VoskJson.text("{\"partial\" : \"what ti\"}")).isEqualTo("what ti");
        assertThat(VoskJson.text("{\"text\" : \"\"}")).isEmpty();
        assertThat(VoskJson.confidence("{\"text\" : \"\"}")).isEqualTo(1.0);
    }

    @Test
    void readsAlternativesBestFirstWithWordTimes() {
        String result = "{\n  \"alternatives\" : [{\n      \"confidence\" : 230.5,\n      \"result\" : [{\n"
                + "          \"end\" : 0.6,\n          \"start\" : 0.3,\n          \"word\" : \"what\"\n        }],\n"
                + "      \"text\" : \"what\"\n    }, {\n      \"confidence\" : 229.5,\n      \"result\" : [],\n"
                + "      \"text\" : \"[unk]\"\n    }]\n}";
        var alternatives = VoskJson.alternatives(result);
        assertThat(alternatives).hasSize(2);
        assertThat(alternatives.get(0).text()).isEqualTo("what");
        assertThat(alternatives.get(0).words().get(0).startSeconds()).isEqualTo(0.3);
        assertThat(alternatives.get(0).relativeScore()).isEqualTo(1.0);
        assertThat(alternatives.get(1).relativeScore()).isCloseTo(Math.exp(-1), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(VoskJson.alternatives("{\"text\" : \"x\"}")).isEmpty();
    }

    @Test
    void grammarIsAJsonListWithUnknown() {
        assertThat(VoskJson.grammar(List.of("What's the time?", "call \"mom\"", "  ")))
                .isEqualTo("[\"what's the time\", \"call mom\", \"now\", \"please\", \"[unk]\"]");
        assertThat(VoskJson.grammar(List.of("add * to the list"))).isEqualTo(
                "[\"add [unk] to the list\", \"add [unk] [unk] to the list\", \"now\", \"please\", \"[unk]\"]");
    }

    @Test
    void aModelIsFreedWhenTheOwnerAndTheLastStreamLetGo() {
        int[] freed = { 0 };
        SharedModel model = new SharedModel(null, "x", () -> freed[0]++);
        assertThat(model.acquire()).isTrue();
        assertThat(model.acquire()).isTrue();
        model.release();
        model.release();
        assertThat(freed[0]).as("a stream is still open").isZero();
        model.release();
        assertThat(freed[0]).isEqualTo(1);
        assertThat(model.acquire()).as("freed models are not handed out").isFalse();
    }

    @Test
    void numeralsAreSpelledAsDigitsForTheGrammar() {
        assertThat(VoskJson.clean("Call 911!")).isEqualTo("call nine one one");
        assertThat(VoskJson.clean("what's on *")).isEqualTo("what's on *");
    }

    @Test
    void aCleanPhraseIsKeptAsItIsAndAnyOtherIsCleaned() {
        String clean = "set a timer for ten minutes";
        assertThat(VoskJson.clean(clean)).isSameAs(clean);
        assertThat(VoskJson.clean("set  a Timer ")).isEqualTo("set a timer");
        assertThat(VoskJson.clean(" call mom")).isEqualTo("call mom");
        assertThat(VoskJson.clean("dial 5")).isEqualTo("dial five");
        assertThat(VoskJson.clean("add milk, please")).isEqualTo("add milk please");
        assertThat(VoskJson.clean("")).isEmpty();
    }
}
