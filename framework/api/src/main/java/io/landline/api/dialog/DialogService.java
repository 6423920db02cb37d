package io.landline.api.dialog;

import io.landline.api.skill.Response;

/**
 * The runtime's dialog manager: the one way in for text, and the one way out for speech. Every site has its own
 * dialog session (a pending follow-up question or confirmation), so rooms do not talk over each other.
 */
public interface DialogService {

    /** The site used when none is given. */
    String DEFAULT_SITE = "default";

    /**
     * Handles an utterance as if it was said after the wake word: recognizes the intent, runs the skill, says the
     * response on the site and returns it. Within a pending dialog, the text answers it ("yes", a slot value,
     * "cancel").
     *
     * @param site the site the text comes from
     * @param text what was said or typed; blank text gets a clear answer, never an exception
     * @return what the assistant said
     */
    Response handleText(String site, String text);

    /**
     * @param site a site
     * @return whether that site has a pending question, so the next utterance needs no wake word
     */
    boolean expectsReply(String site);

    /**
     * Says something on a site, outside any dialog: a timer that is due, an incoming call. Shown on every
     * {@link TextSink} and spoken by the active synthesizer on the site's audio sink, if there is one.
     *
     * @param site the site to speak on
     * @param text what to say
     */
    void say(String site, String text);
}
