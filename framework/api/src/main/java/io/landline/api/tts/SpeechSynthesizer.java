package io.landline.api.tts;

import io.landline.api.audio.AudioStream;

/**
 * A text-to-speech engine. Registered with the service properties {@code engine.id} and
 * {@code service.ranking}; the pipeline uses the highest-ranked one unless configuration pins another.
 */
public interface SpeechSynthesizer {

    /**
     * Speaks a text.
     *
     * @param text the sentence to speak
     * @return the speech, in any PCM format
     * @throws SynthesisException when synthesis fails, with a message for users
     */
    AudioStream synthesize(String text) throws SynthesisException;
}
