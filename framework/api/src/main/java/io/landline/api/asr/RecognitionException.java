package io.landline.api.asr;

/** A speech recognizer failed. The message is meant for users. */
public class RecognitionException extends Exception {
    private static final long serialVersionUID = 1L;

    /** @param message what went wrong, for users */
    public RecognitionException(String message) {
        super(message);
    }

    /**
     * @param message what went wrong, for users
     * @param cause   the underlying failure
     */
    public RecognitionException(String message, Throwable cause) {
        super(message, cause);
    }
}
