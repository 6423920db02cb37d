package io.landline.api.dialog;

import io.landline.api.asr.PhraseGrammar;
import io.landline.api.audio.AudioException;
import io.landline.api.audio.AudioStream;

/**
 * The voice pipeline: audio in, through the active wake-word spotter, speech recognizer and the
 * {@link DialogService}, to spoken answers. The runtime runs it on live sources by itself; commands use it to run
 * a recording through the same steps.
 */
public interface Listening {

    /**
     * Listens to a stream until it ends: waits for a wake word (or, while the site's dialog expects a reply, for
     * speech), recognizes the command with the grammar of the active intent engine, ends it on trailing silence,
     * a complete command or the maximum length, and hands the words to the dialog service, which answers on the
     * site. Each utterance uses the engines that are active when it starts.
     *
     * @param site     the site the audio comes from
     * @param audio    16 kHz mono 16-bit audio; closed when done
     * @param observer told about every step; may be {@link ListeningObserver#NONE}
     * @throws AudioException       when the audio cannot be read
     * @throws InterruptedException when the calling thread is interrupted
     */
    void listen(String site, AudioStream audio, ListeningObserver observer) throws AudioException, InterruptedException;

    /**
     * @return the phrases a command is recognized with now: the active intent engine's grammar for the installed
     *         skills; {@link PhraseGrammar#OPEN} when there is none
     * @since 1.2
     */
    default PhraseGrammar grammar() {
        return PhraseGrammar.OPEN;
    }
}
