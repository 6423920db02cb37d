package io.landline.api.automation;

/** A trigger or action failed. The message is meant for users and never contains secrets. */
public class AutomationException extends Exception {
    private static final long serialVersionUID = 1L;

    /** @param message what went wrong, for users */
    public AutomationException(String message) {
        super(message);
    }

    /**
     * @param message what went wrong, for users
     * @param cause   the underlying failure
     */
    public AutomationException(String message, Throwable cause) {
        super(message, cause);
    }
}
