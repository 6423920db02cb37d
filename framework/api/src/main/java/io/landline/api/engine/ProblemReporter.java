package io.landline.api.engine;

/**
 * Where bundles report problems that users should see in {@code status}: a rejected sentence template, a script
 * skill with a syntax error. Registered by the runtime. A new report about a source replaces the previous one;
 * {@link #clear} removes it once fixed.
 */
public interface ProblemReporter {

    /**
     * @param source  what has the problem, for example {@code skills/coin.js}
     * @param message what is wrong, for users; never a secret
     */
    void report(String source, String message);

    /** @param source a source that has no problem any more */
    void clear(String source);
}
