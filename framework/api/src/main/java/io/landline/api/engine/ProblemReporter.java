package io.landline.api.engine;

/**
 * Lets any bundle put a problem into the runtime's status ({@code landline status}) and take it out again once it
 * is fixed: a malformed rule or script file, a remote service that keeps failing. The runtime registers it.
 */
public interface ProblemReporter {

    /**
     * Reports a problem; a new report about the same source replaces the previous one.
     *
     * @param source  what has the problem, for example {@code rules/night.yaml}
     * @param message what is wrong, for users; never a secret
     */
    void report(String source, String message);

    /**
     * Clears the problem of a source, once it is fixed or gone.
     *
     * @param source the source given to {@link #report}
     */
    void clear(String source);
}
