package io.landline.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EndOfSpeechTest {

    private static final EndOfSpeech.Timing TIMING = new EndOfSpeech.Timing(600, 300, 200, 3000, 8000, true);
    private static final CompleteCommands PHRASES = new CompleteCommands(
            Set.of("what time is it", "what day is it", "what day is it today"));

    private static EndOfSpeech.Reason run(EndOfSpeech end, boolean speech, int ms) {
        EndOfSpeech.Reason reason = null;
        for (int t = 0; t < ms && reason == null; t += 20) {
            reason = end.frame(20, speech);
        }
        return reason;
    }

    @Test
    void endsAfterTrailingSilence() {
        EndOfSpeech end = endOfSpeech(TIMING, CompleteCommands.NONE);
        assertThat(run(end, false, 400)).isNull();
        assertThat(run(end, true, 1000)).isNull();
        assertThat(run(end, false, 580)).isNull();
        assertThat(run(end, false, 20)).isEqualTo(EndOfSpeech.Reason.SILENCE);
        assertThat(end.elapsedMs()).isEqualTo(2000);
    }

    @Test
    void aCompleteCommandEndsEarlyWhenTheSpeakerPauses() {
        EndOfSpeech end = endOfSpeech(TIMING, PHRASES);
        run(end, true, 1000);
        end.words("What time is it?");
        assertThat(run(end, true, 400)).as("still speaking").isNull();
        assertThat(run(end, false, 40)).as("a gap between words").isNull();
        assertThat(run(end, true, 20)).isNull();
        assertThat(run(end, false, 180)).isNull();
        assertThat(run(end, false, 20)).isEqualTo(EndOfSpeech.Reason.COMPLETE);
    }

    @Test
    void aNumberBeingDictatedWaitsForSilence() {
        EndOfSpeech end = endOfSpeech(TIMING, new CompleteCommands(Set.of("dial five five", "dial five two")));
        run(end, true, 1000);
        end.words("dial five five");
        assertThat(run(end, false, 580)).as("a pause between digits").isNull();
        assertThat(run(end, false, 20)).isEqualTo(EndOfSpeech.Reason.SILENCE);
    }

    @Test
    void aPhraseThatALongerOneContinuesEndsAfterAShorterPause() {
        EndOfSpeech end = endOfSpeech(TIMING, PHRASES);
        run(end, true, 1000);
        end.words("what day is it");
        assertThat(run(end, false, 280)).as("a pause before 'today'").isNull();
        assertThat(run(end, false, 20)).isEqualTo(EndOfSpeech.Reason.PHRASE);
    }

    @Test
    void wordsTheIntentEngineUnderstandsEndAfterTheShorterPause() {
        List<String> asked = new ArrayList<>();
        EndOfSpeech end = new EndOfSpeech(TIMING, PHRASES, words -> {
            asked.add(words);
            return words.startsWith("add ") || words.startsWith("call ");
        });
        run(end, true, 1000);
        end.words("add peanut butter to the shopping list");
        assertThat(run(end, false, 280)).isNull();
        assertThat(asked).as("asked only once the speaker paused").isEmpty();
        assertThat(run(end, false, 20)).isEqualTo(EndOfSpeech.Reason.UNDERSTOOD);

        EndOfSpeech notUnderstood = new EndOfSpeech(TIMING, PHRASES, words -> false);
        run(notUnderstood, true, 1000);
        notUnderstood.words("blorp the frobnicator");
        assertThat(run(notUnderstood, false, 580)).isNull();
        assertThat(run(notUnderstood, false, 20)).isEqualTo(EndOfSpeech.Reason.SILENCE);

        assertThat(asked).hasSize(1);
        List<String> askedWhileDictating = new ArrayList<>();
        EndOfSpeech dictating = new EndOfSpeech(TIMING, PHRASES, words -> askedWhileDictating.add(words));
        run(dictating, true, 1000);
        dictating.words("call five five five");
        assertThat(run(dictating, false, 580)).as("a pause between digits").isNull();
        assertThat(askedWhileDictating).as("words ending in a digit are not asked about").isEmpty();
    }

    @Test
    void aCommandTheRecognizerSettlesOnEndsAfterTheShorterPauseThoughThePartialLags() {
        int[] settlings = new int[1];
        boolean[] settlesOnACommand = { false };
        EndOfSpeech end = new EndOfSpeech(TIMING, PHRASES, words -> false, () -> {
            settlings[0]++;
            return settlesOnACommand[0];
        });
        run(end, true, 1000);
        end.words("i'd like to cancel my");
        assertThat(run(end, false, 280)).isNull();
        assertThat(settlings[0]).as("not asked before the pause").isZero();
        assertThat(run(end, false, 100)).as("settles on no command").isNull();
        assertThat(settlings[0]).as("asked once for the same words").isEqualTo(1);

        settlesOnACommand[0] = true;
        end.words("i'd like to cancel my timer");
        assertThat(run(end, false, 20)).isEqualTo(EndOfSpeech.Reason.SETTLED);
        assertThat(settlings[0]).isEqualTo(2);

        EndOfSpeech dictating = new EndOfSpeech(TIMING, PHRASES, words -> false, () -> {
            settlings[0]++;
            return true;
        });
        run(dictating, true, 1000);
        dictating.words("call five five five");
        assertThat(run(dictating, false, 580)).as("a pause between digits").isNull();
        assertThat(settlings[0]).as("words ending in a digit do not settle").isEqualTo(2);
    }

    @Test
    void wordsOneOffAPhraseEndAfterTheShorterPause() {
        CompleteCommands dice = new CompleteCommands(Set.of("roll me a twenty sided dice", "roll a dice"));
        assertThat(dice.isNearPhrase("roll me up twenty sided dice")).isTrue();
        assertThat(dice.isNearPhrase("roll me up twenty sided")).as("a word short").isFalse();
        assertThat(dice.isNearPhrase("roll me up ten sided dice")).as("two words off").isFalse();
        assertThat(dice.isNearPhrase("roll up dice")).as("too short to tell").isFalse();
        EndOfSpeech end = endOfSpeech(TIMING, dice);
        run(end, true, 1000);
        end.words("roll me up twenty sided dice");
        assertThat(run(end, false, 280)).isNull();
        assertThat(run(end, false, 20)).isEqualTo(EndOfSpeech.Reason.PHRASE);
    }

    @Test
    void wordsThatAreNoPhraseWaitForSilence() {
        EndOfSpeech end = endOfSpeech(TIMING, PHRASES);
        run(end, true, 1000);
        end.words("what day");
        assertThat(run(end, false, 580)).isNull();
        assertThat(run(end, false, 20)).isEqualTo(EndOfSpeech.Reason.SILENCE);
    }

    @Test
    void changingWordsAreNotStable() {
        EndOfSpeech end = endOfSpeech(TIMING, PHRASES);
        run(end, true, 500);
        end.words("what time is it");
        run(end, false, 100);
        end.words("what time is it");
        assertThat(run(end, false, 80)).isNull();
        assertThat(run(end, false, 40)).isEqualTo(EndOfSpeech.Reason.COMPLETE);
    }

    @Test
    void earlyEndCanBeTurnedOff() {
        EndOfSpeech end = endOfSpeech(new EndOfSpeech.Timing(600, 300, 200, 3000, 8000, false), PHRASES);
        run(end, true, 500);
        end.words("what time is it");
        assertThat(run(end, false, 580)).isNull();
    }

    @Test
    void nothingSaidAndTooLong() {
        assertThat(run(endOfSpeech(TIMING, PHRASES), false, 3000)).isEqualTo(EndOfSpeech.Reason.NOTHING);
        assertThat(run(endOfSpeech(TIMING, PHRASES), true, 8000)).isEqualTo(EndOfSpeech.Reason.TOO_LONG);
    }

    /** @return an end of speech whose intent engine understands nothing */
    private static EndOfSpeech endOfSpeech(EndOfSpeech.Timing timing, CompleteCommands commands) {
        return new EndOfSpeech(timing, commands, words -> false);
    }
}
