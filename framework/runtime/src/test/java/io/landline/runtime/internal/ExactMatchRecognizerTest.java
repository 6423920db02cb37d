package io.landline.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.landline.api.intent.Intent;
import io.landline.api.intent.IntentCatalog;
import io.landline.api.intent.IntentDefinition;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExactMatchRecognizerTest {

    private final ExactMatchRecognizer recognizer = new ExactMatchRecognizer();
    private final IntentCatalog catalog = new IntentCatalog(1, List.of(
            new IntentCatalog.Entry("clock", IntentDefinition.of("GetTime", "what time is it", "what's the time")),
            new IntentCatalog.Entry("timer", IntentDefinition.of("Set", "set a timer for {duration}"))));

    @Test
    void matchesIgnoringCasePunctuationAndSpacing() {
        assertThat(recognizer.recognize("  What TIME is it?! ", catalog)).map(Intent::name).contains("GetTime");
        assertThat(recognizer.recognize("what's the time", catalog)).map(Intent::skillId).contains("clock");
    }

    @Test
    void doesNotGuess() {
        assertThat(recognizer.recognize("what time", catalog)).isEmpty();
        assertThat(recognizer.recognize("set a timer for {duration}", catalog)).isEmpty();
    }

    @Test
    void grammarHasTheLiteralSentencesAndIsOpenWhenTemplatesExist() {
        assertThat(recognizer.grammar(catalog).phrases()).containsExactlyInAnyOrder("what time is it",
                "what's the time");
        assertThat(recognizer.grammar(catalog).openVocabulary()).isTrue();
    }

    @Test
    void followsANewCatalogVersion() {
        IntentCatalog next = new IntentCatalog(2, List.of(
                new IntentCatalog.Entry("greet", IntentDefinition.of("Hello", "hello there"))));
        assertThat(recognizer.recognize("hello there", next)).isPresent();
        assertThat(recognizer.recognize("what time is it", next)).isEmpty();
    }
}
