package io.landline.api.telephony;

/** Whiteboard service told about every call event. Must return quickly. */
public interface CallListener {

    /** @param event what happened */
    void callChanged(CallEvent event);
}
