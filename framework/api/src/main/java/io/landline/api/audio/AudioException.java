package io.landline.api.audio;

/** An audio source or sink failed, or was given audio it cannot handle. The message is meant for users. */
public class AudioException extends Exception {
    private static final long serialVersionUID = 1L;

    /** @param message what went wrong, for users */
    public AudioException(String message) {
        super(message);
    }

    /**
     * @param message what went wrong, for users
     * @param cause   the underlying failure
     */
    public AudioException(String message, Throwable cause) {
        super(message, cause);
    }
}
