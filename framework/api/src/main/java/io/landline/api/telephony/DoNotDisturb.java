package io.landline.api.telephony;

/**
 * The household's do-not-disturb switch. While it is on, a telephony provider lets incoming calls go unanswered
 * instead of ringing the sites. A service; automations turn it on and off.
 */
public interface DoNotDisturb {

    /** @return whether do-not-disturb is on */
    boolean isOn();

    /**
     * Turns do-not-disturb on or off and posts {@link io.landline.api.event.Topics#DND_CHANGED} when it changes.
     *
     * @param on the new state
     */
    void set(boolean on);
}
