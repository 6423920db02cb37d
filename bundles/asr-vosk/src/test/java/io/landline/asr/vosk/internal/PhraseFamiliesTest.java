package io.landline.asr.vosk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseFamiliesTest {

    private final PhraseFamilies families = new PhraseFamilies(List.of("set an alarm for seven", "set a * timer",
            "add salmon to the list", "add * to the list", "What time is it?", "call 911"));

    @Test
    void aFamilyIsThePhrasesBeginningWithTheWordAsAVoskGrammar() {
        assertThat(families.grammar("set")).hasValue("[\"set an alarm for seven\", \"set a [unk] timer\", "
                + "\"set a [unk] [unk] timer\", \"now\", \"please\", \"[unk]\"]");
        assertThat(families.grammar("what")).hasValue("[\"what time is it\", \"now\", \"please\", \"[unk]\"]");
        assertThat(families.grammar("call")).hasValue("[\"call nine one one\", \"now\", \"please\", \"[unk]\"]");
        assertThat(families.size("add")).isEqualTo(2);
    }

    @Test
    void aPhraseIsAlsoInTheFamilyOfItsSecondWordForAFirstWordNotHeard() {
        // "an alarm for salmon forty five" was "set an alarm for seven forty five" with "set" lost.
        assertThat(families.grammar("an")).hasValue("[\"set an alarm for seven\", \"now\", \"please\", \"[unk]\"]");
        assertThat(families.size("salmon")).isEqualTo(1);
        assertThat(families.size("time")).isEqualTo(1);
    }

    @Test
    void noFamilyForAWordNoPhraseBeginsWithOrWhenAllDo() {
        assertThat(families.grammar("seven")).isEmpty();
        assertThat(families.narrows("seven")).isFalse();
        assertThat(families.narrows("add")).isTrue();
        assertThat(families.grammar("")).isEmpty();
        assertThat(new PhraseFamilies(List.of("call mom", "call dave")).grammar("call")).isEmpty();
    }

    @Test
    void afterALeadInBeforeHalfThePhrasesAFamilyIsKeyedByTwoWords() {
        // A follow-up's grammar: every command, and every command after the wake word.
        PhraseFamilies followUp = new PhraseFamilies(List.of("set a timer", "set an alarm", "flip a coin",
                "computer set a timer", "computer set an alarm", "computer flip a coin"));
        assertThat(followUp.lead(List.of("computer", "set", "a"))).hasValue("computer set");
        assertThat(followUp.lead(List.of("set", "a"))).hasValue("set");
        assertThat(followUp.lead(List.of("computer"))).hasValue("computer");
        assertThat(followUp.size("computer set")).isEqualTo(2);
        assertThat(followUp.grammar("computer set")).hasValue("[\"computer set a timer\", \"computer set an alarm\", "
                + "\"now\", \"please\", \"[unk]\"]");
        assertThat(followUp.narrows("computer")).isFalse();
        assertThat(families.lead(List.of("set", "a"))).hasValue("set");
        assertThat(families.lead(List.of())).isEmpty();
        assertThat(families.lead(List.of("please", "call", "mom"))).hasValue("call");
        assertThat(families.lead(List.of("please"))).hasValue("please");
    }
}
