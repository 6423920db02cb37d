package io.landline.api.dialog;

import io.landline.api.intent.Intent;
import io.landline.api.skill.Response;
import io.landline.api.wake.WakeWordDetection;

/**
 * Told what {@link Listening} hears and does, in order, on the listening thread. Methods must return quickly.
 */
public interface ListeningObserver {

    /** An observer that ignores everything. */
    ListeningObserver NONE = new ListeningObserver() {
    };

    /**
     * A wake word was heard.
     *
     * @param detection the word and where in the stream it ended
     */
    default void wake(WakeWordDetection detection) {
    }

    /**
     * A transcript of the current utterance.
     *
     * @param text     the words so far
     * @param isFinal  whether the utterance has ended
     * @param offsetMs where in the stream the utterance ended (final) or has got to (partial)
     */
    default void transcript(String text, boolean isFinal, long offsetMs) {
    }

    /**
     * The intent engine recognized an intent in a final transcript.
     *
     * @param intent the intent
     */
    default void intent(Intent intent) {
    }

    /**
     * The assistant answered an utterance.
     *
     * @param response the answer, as said on the site
     */
    default void response(Response response) {
    }

    /**
     * Something went wrong with one utterance or engine; listening goes on.
     *
     * @param message what went wrong, for users
     */
    default void error(String message) {
    }
}
