package io.landline.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.landline.api.asr.PhraseGrammar;
import io.landline.api.wake.WakeWord;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PreparedGrammarsTest {

    private static final List<WakeWord> COMPUTER = List.of(new WakeWord("computer", 0.5));
    private static final PhraseGrammar GRAMMAR = new PhraseGrammar(Set.of("What time is it", "what day is it",
            "what day is it today"), false);

    private final PreparedGrammars grammars = new PreparedGrammars();

    @Test
    void makesCompleteCommandsAndAFollowUpGrammarWithTheWakeWords() {
        PreparedGrammars.Prepared prepared = grammars.of(GRAMMAR, COMPUTER);

        assertThat(prepared.commands().isComplete("what time is it")).isTrue();
        assertThat(prepared.commands().isComplete("what day is it")).as("'today' may follow").isFalse();
        assertThat(prepared.commands().isPhrase("what day is it")).isTrue();
        assertThat(prepared.followUp().phrases()).contains("what day is it", "computer", "computer what day is it");
        assertThat(prepared.wakeLed().phrases()).contains("computer", "computer what day is it")
                .doesNotContain("what day is it");
    }

    @Test
    void theFollowUpGrammarsSentencesAreTheGrammarsAlsoAfterAWakeWord() {
        PhraseGrammar grammar = new PhraseGrammar(GRAMMAR.phrases(), false, "set a timer for seventy minutes"::equals);
        PhraseGrammar followUp = grammars.of(grammar, COMPUTER).followUp();

        assertThat(followUp.sentences().test("set a timer for seventy minutes")).isTrue();
        assertThat(followUp.sentences().test("computer set a timer for seventy minutes")).isTrue();
        assertThat(followUp.sentences().test("computer computer set a timer for seventy minutes")).isFalse();
        assertThat(followUp.sentences().test("landline set a timer for seventy minutes")).isFalse();
    }

    @Test
    void theWakeLedGrammarsSentencesAreTheGrammarsOnlyAfterAWakeWord() {
        PhraseGrammar grammar = new PhraseGrammar(GRAMMAR.phrases(), false, "set a timer for seventy minutes"::equals);
        PhraseGrammar wakeLed = grammars.of(grammar, COMPUTER).wakeLed();

        assertThat(wakeLed.sentences().test("computer set a timer for seventy minutes")).isTrue();
        assertThat(wakeLed.sentences().test("set a timer for seventy minutes")).isFalse();
    }

    @Test
    void makesThemOncePerGrammarAndWakeWords() {
        PreparedGrammars.Prepared first = grammars.of(GRAMMAR, COMPUTER);

        assertThat(grammars.of(GRAMMAR, COMPUTER)).isSameAs(first);
        assertThat(grammars.of(new PhraseGrammar(GRAMMAR.phrases(), false), COMPUTER)).as("an equal grammar")
                .isSameAs(first);
        PreparedGrammars.Prepared otherWakeWord = grammars.of(GRAMMAR, List.of(new WakeWord("landline", 0.5)));
        assertThat(otherWakeWord).isNotSameAs(first);
        assertThat(otherWakeWord.followUp().phrases()).contains("landline what day is it")
                .doesNotContain("computer what day is it");
    }

    @Test
    void anOpenGrammarHasNoCompleteCommandsAndNoFollowUpPhrases() {
        PreparedGrammars.Prepared prepared = grammars.of(PhraseGrammar.OPEN, COMPUTER);

        assertThat(prepared.commands().isPhrase("computer")).isFalse();
        assertThat(prepared.followUp()).isSameAs(PhraseGrammar.OPEN);
    }
}
