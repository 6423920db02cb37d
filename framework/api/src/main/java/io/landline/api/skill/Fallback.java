package io.landline.api.skill;

/**
 * Answers when no intent matches. The runtime uses the highest-ranked fallback service, and a plain built-in
 * answer when there is none.
 */
public interface Fallback {

    /**
     * @param text what was said or typed, not blank
     * @param site the site that asked
     * @return what to say
     */
    Response notUnderstood(String text, String site);
}
