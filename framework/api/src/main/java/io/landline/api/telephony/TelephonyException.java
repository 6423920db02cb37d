package io.landline.api.telephony;

/** A telephony operation failed. The message is meant for users and never contains secrets. */
public class TelephonyException extends Exception {
    private static final long serialVersionUID = 1L;

    /** @param message what went wrong, for users */
    public TelephonyException(String message) {
        super(message);
    }

    /**
     * @param message what went wrong, for users
     * @param cause   the underlying failure
     */
    public TelephonyException(String message, Throwable cause) {
        super(message, cause);
    }
}
