package io.landline.api.dialog;

/**
 * Receives the text of everything the assistant says, whether or not it is also spoken. The console is one: it
 * prints what would be spoken, so the assistant works with no audio hardware.
 */
public interface TextSink {

    /**
     * @param site the site the text is said on
     * @param text the sentence
     */
    void show(String site, String text);
}
