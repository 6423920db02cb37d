package io.landline.api.intent;

import io.landline.api.asr.PhraseGrammar;
import java.util.Optional;

/**
 * An intent engine: text in, intent out. Registered with the service properties {@code engine.id} and
 * {@code service.ranking}; the pipeline uses the highest-ranked one unless configuration pins another.
 * Implementations must be thread-safe: several sites recognize at once.
 */
public interface IntentRecognizer {

    /**
     * Recognizes the intent in a text.
     *
     * @param text    what was said or typed, as the recognizer or user gave it
     * @param catalog the intents to choose from
     * @return the best intent, with its confidence, or empty when nothing matches
     */
    Optional<Intent> recognize(String text, IntentCatalog catalog);

    /**
     * The phrases this engine can recognize, for a speech recognizer's grammar mode.
     *
     * @param catalog the intents to choose from
     * @return the phrases, with {@code openVocabulary} set when some slot is free-form
     */
    PhraseGrammar grammar(IntentCatalog catalog);

    /**
     * Reads a reply to a slot question ("Who should I call?" — "Mom") as a value of the slot's type. The default
     * takes the words as they are; engines that understand numbers, durations or times convert them.
     *
     * @param text the reply
     * @param type the slot's type
     * @return the slot value
     */
    default SlotValue parseSlot(String text, SlotType type) {
        return SlotValue.ofText(text.strip());
    }
}
