package io.landline.api.tts;

/** A speech synthesizer failed. The message is meant for users. */
public class SynthesisException extends Exception {
    private static final long serialVersionUID = 1L;

    /** @param message what went wrong, for users */
    public SynthesisException(String message) {
        super(message);
    }

    /**
     * @param message what went wrong, for users
     * @param cause   the underlying failure
     */
    public SynthesisException(String message, Throwable cause) {
        super(message, cause);
    }
}
