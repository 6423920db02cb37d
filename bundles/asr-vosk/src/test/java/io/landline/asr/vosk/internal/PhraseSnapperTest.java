package io.landline.asr.vosk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseSnapperTest {

    private final PhraseSnapper snapper = new PhraseSnapper(List.of("what time is it", "what day is it",
            "what day is it today", "what can you do", "help", "time", "what's the date", "what's today's date"));

    @Test
    void aDroppedWordSnapsToItsPhrase() {
        var result = snapper.snap("what time it", 0.9);
        assertThat(result.text()).isEqualTo("what time is it");
        assertThat(result.confidence()).isCloseTo(0.675, org.assertj.core.data.Offset.offset(0.001));
        assertThat(result.isFinal()).isTrue();
    }

    @Test
    void equalWordEditsAreDecidedBySpelling() {
        assertThat(snapper.snap("what's no date", 1).text()).isEqualTo("what's the date");
    }

    @Test
    void exactAmbiguousAndDistantResultsStayAsHeard() {
        assertThat(snapper.snap("what time is it", 1).text()).isEqualTo("what time is it");
        assertThat(snapper.snap("what is it", 1).text()).as("as near to time as to day").isEqualTo("what is it");
        assertThat(snapper.snap("call mom now please", 1).text()).isEqualTo("call mom now please");
        assertThat(snapper.snap("", 1).text()).isEmpty();
    }

    @Test
    void editsToTheNearestPhraseRankHypotheses() {
        PhraseSnapper lists = new PhraseSnapper(List.of("add bread to the shopping list", "set a bread timer",
                "what time is it", "what day is it"));
        assertThat(lists.editsToNearest(words("add bread to the shopping list"))).isZero();
        assertThat(lists.editsToNearest(words("an bread to the shopping list"))).isEqualTo(1);
        assertThat(lists.editsToNearest(words("an bread timer shopping list"))).isEqualTo(Integer.MAX_VALUE);
        assertThat(lists.editsToNearest(words("what is it"))).as("a tie").isEqualTo(Integer.MAX_VALUE);
        assertThat(lists.editsToNearest(List.of())).isEqualTo(Integer.MAX_VALUE);
    }

    private static List<Words.Word> words(String text) {
        return java.util.Arrays.stream(text.split(" ")).map(w -> new Words.Word(w, 0, 0, 1)).toList();
    }

    @Test
    void distanceCountsWordEdits() {
        assertThat(PhraseSnapper.distance("a b c".split(" "), "a c".split(" "))).isEqualTo(1);
        assertThat(PhraseSnapper.distance("a b c".split(" "), "x y".split(" "))).isEqualTo(3);
        assertThat(PhraseSnapper.distance("add oat milk to it".split(" "), "add * to it".split(" "))).isZero();
        assertThat(PhraseSnapper.distance("add to it".split(" "), "add * to it".split(" "))).isEqualTo(1);
        // The bounded form, on words that are the same objects when equal (String.split's are not; intern them).
        String[] heard = intern("what time is it now");
        assertThat(PhraseSnapper.distanceWithin(heard, intern("what time is it"), 1)).isEqualTo(1);
        assertThat(PhraseSnapper.distanceWithin(heard, intern("what time is it now"), 0)).isZero();
        assertThat(PhraseSnapper.distanceWithin(heard, intern("set a timer"), 2)).as("given up past the limit")
                .isEqualTo(3);
        assertThat(PhraseSnapper.distanceWithin(intern("a b c"), intern("x y"), 5)).isEqualTo(3);
    }

    @Test
    void freeTextIsNeverSnappedAway() {
        PhraseSnapper lists = new PhraseSnapper(List.of("add * to the shopping list", "add to the shopping list"));
        assertThat(lists.snap("add milk to the shopping list", 1).text()).isEqualTo("add milk to the shopping list");
        assertThat(lists.isPhrase("add * to the shopping list")).isTrue();
        assertThat(lists.isPhrase("add milk to the shopping list")).isFalse();
    }

    @Test
    void aFreeTextPhraseIsNoRivalToItsOwnExample() {
        PhraseSnapper lists = new PhraseSnapper(List.of("add * to the shopping list", "add bread to the shopping list",
                "add beer to the shopping list"));
        assertThat(lists.snap("bread to the shopping list", 1).text()).isEqualTo("add bread to the shopping list");
    }

    @Test
    void wordsHeardForFreeTextAreLaidOntoThePhrase() {
        PhraseSnapper lists = new PhraseSnapper(List.of("add * to the shopping list", "what's on the shopping list"));
        List<Words.Word> heard = new java.util.ArrayList<>();
        String[] words = "at me up to the shopping list".split(" ");
        for (int i = 0; i < words.length; i++) {
            heard.add(new Words.Word(words[i], i, i + 0.9, 1));
        }
        var laid = lists.asFreeText(heard).orElseThrow();
        assertThat(laid).extracting(Words.Word::text).containsExactly("add", "[unk]", "to", "the", "shopping", "list");
        assertThat(laid.get(1).startSeconds()).isEqualTo(1.0);
        assertThat(laid.get(1).endSeconds()).isEqualTo(2.9);
        assertThat(lists.asFreeText(heard.subList(4, 7))).as("no free-text phrase is near").isEmpty();
    }

    @Test
    void aRunOfDigitsStandsForAnyRun() {
        PhraseSnapper calls = new PhraseSnapper(List.of("dial five five", "dial oh one", "call 911",
                "set a timer for five minutes"));
        assertThat(calls.isPhrase("dial five five five zero one nine nine")).isTrue();
        assertThat(calls.isPhrase("call nine one one")).isTrue();
        assertThat(calls.isPhrase("dial five five five me at one nine nine")).isFalse();
        assertThat(calls.isPhrase("dial five")).as("one digit is no run").isFalse();
        assertThat(calls.isPhrase("set a timer for nine nine minutes")).as("a number is not a digit run").isFalse();
        assertThat(PhraseSnapper.digitRuns("dial oh five five and two one")).isEqualTo("dial # and #");
    }

    private static String[] intern(String words) {
        return java.util.Arrays.stream(words.split(" ")).map(String::intern).toArray(String[]::new);
    }
}
