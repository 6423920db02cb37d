package io.landline.api.skill;

/**
 * What a skill answers, and what it expects next.
 *
 * @param text   what the assistant says
 * @param expect what happens after it says it
 * @param slot   for {@link Expect#SLOT}, the slot the next utterance fills; otherwise null
 */
public record Response(String text, Expect expect, String slot) {

    /** What the dialog expects after a response. */
    public enum Expect {
        /** The dialog ends; the next command needs the wake word. */
        NOTHING,
        /** The user may answer without the wake word, with any intent. */
        FOLLOW_UP,
        /** The next utterance fills {@link Response#slot()}, and the same intent is handled again. */
        SLOT,
        /** The user says yes or no; yes handles the same intent again with {@code confirmed} set. */
        CONFIRMATION
    }

    /** Checks that a slot is named exactly when one is expected. */
    public Response {
        if (text == null) {
            throw new IllegalArgumentException("a response needs text");
        }
        if ((expect == Expect.SLOT) != (slot != null)) {
            throw new IllegalArgumentException("a slot is named exactly when a slot is expected");
        }
    }

    /**
     * @param text what to say
     * @return a response that ends the dialog
     */
    public static Response say(String text) {
        return new Response(text, Expect.NOTHING, null);
    }

    /**
     * @param text a question
     * @return a response that listens for an answer without the wake word
     */
    public static Response ask(String text) {
        return new Response(text, Expect.FOLLOW_UP, null);
    }

    /**
     * @param slot     the missing slot
     * @param question the question that asks for it, for example "Who should I call?"
     * @return a response whose answer fills the slot
     */
    public static Response askFor(String slot, String question) {
        return new Response(question, Expect.SLOT, slot);
    }

    /**
     * @param question a yes/no question, for example "Call Mom, mobile?"
     * @return a response that handles the intent again, confirmed, when the user says yes
     */
    public static Response confirm(String question) {
        return new Response(question, Expect.CONFIRMATION, null);
    }
}
