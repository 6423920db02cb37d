package io.landline.api.telephony;

/**
 * Decides what happens to a call that reaches the household, before anyone is disturbed: the household's rules
 * (do-not-disturb, call hours) live here. Registered as a service, typically by the calling skill; a telephony
 * provider asks the highest-ranked one. Must answer quickly: the caller is waiting.
 *
 * @since 1.1
 */
public interface IncomingCallScreen {

    /**
     * @param call the ringing inbound call; its site is the site whose endpoint would ring
     * @return what to do with it
     */
    IncomingCallDecision screen(Call call);
}
