package io.landline.api.asr;

/**
 * How one stream should be recognized.
 *
 * @param site    the site the audio comes from
 * @param grammar the phrases to expect; {@link PhraseGrammar#OPEN} for open vocabulary
 */
public record RecognitionOptions(String site, PhraseGrammar grammar) {
}
