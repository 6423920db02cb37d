package io.landline.runtime.internal;

import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/**
 * Decides when a command has ended, from voice activity per frame and the recognizer's words so far:
 * <ul>
 * <li>{@link Reason#SILENCE}: speech was heard and then {@code trailingSilenceMs} of silence;</li>
 * <li>{@link Reason#COMPLETE}: the words form a whole phrase of the grammar that no longer phrase continues, and
 * they have been stable, and the speaker silent, for {@code completeStableMs};</li>
 * <li>{@link Reason#PHRASE}: the words form a whole phrase that a longer one continues ("what day is it", and
 * "what day is it today"), and {@code phraseSilenceMs} of silence followed: shorter than {@code trailingSilenceMs},
 * since the command is likely said; a speaker who goes on after a longer pause is asked for what is missing. The
 * same for words of four or more that are such a phrase but for one word in its place: the recognizer's running
 * best path may be a word off what it settles on when the utterance ends;</li>
 * <li>{@link Reason#UNDERSTOOD}: the intent engine takes the words for a command confidently enough to act on it,
 * and {@code phraseSilenceMs} of silence followed: a command with free text or a slot value the grammar has no
 * sample of ("add peanut butter to the shopping list") is as likely said as a whole phrase. Not for words ending
 * in a spoken digit, since a dictated number may go on;</li>
 * <li>{@link Reason#SETTLED}: the same for the words the recognizer settles on when asked, without ending the
 * utterance, what its final result would be now: its partial result is a running guess that may lag behind the
 * speech by {@code phraseSilenceMs} or more ("i'd like to cancel my" while "timer" was said). Asked once per change
 * of the words, since it costs a decoding pass;</li>
 * <li>{@link Reason#NOTHING}: no speech within {@code noSpeechMs};</li>
 * <li>{@link Reason#TOO_LONG}: the utterance reached {@code maxUtteranceMs}.</li>
 * </ul>
 */
final class EndOfSpeech {

    /** Why an utterance ended. */
    enum Reason {
        SILENCE, COMPLETE, PHRASE, UNDERSTOOD, SETTLED, NOTHING, TOO_LONG, END_OF_AUDIO
    }

    /** Timing, in milliseconds. */
    record Timing(int trailingSilenceMs, int phraseSilenceMs, int completeStableMs, int noSpeechMs,
            int maxUtteranceMs, boolean earlyEnd) {
    }

    private final Timing timing;
    private final CompleteCommands commands;
    private final Predicate<String> understood;
    private final BooleanSupplier settles;
    private long elapsedMs;
    private boolean heardSpeech;
    private long silenceMs;
    private String words = "";
    private long wordsStableMs;
    /** Whether the words are a phrase or one word off one; null until asked after they changed. */
    private Boolean phraseOrNearly;
    /** Whether the intent engine understands the words; null until asked after they changed. */
    private Boolean understands;
    /** Whether the recognizer was asked to settle since the words changed. */
    private boolean settleAsked;

    /**
     * @param timing  the limits
     * @param commands   the grammar's complete commands; {@link CompleteCommands#NONE} when the grammar is open
     * @param understood whether the intent engine takes normalised words for a command it would act on; asked at
     *                   most once per change of the words, after {@code phraseSilenceMs} of silence
     * @param settles    whether the words the recognizer settles on now are a command the intent engine would act
     *                   on; asked after {@code understood}, as seldom
     */
    EndOfSpeech(Timing timing, CompleteCommands commands, Predicate<String> understood, BooleanSupplier settles) {
        this.timing = timing;
        this.commands = commands;
        this.understood = understood;
        this.settles = settles;
    }

    /** With no settling: for recognizers that cannot tell their final result before the end. */
    EndOfSpeech(Timing timing, CompleteCommands commands, Predicate<String> understood) {
        this(timing, commands, understood, () -> false);
    }

    /**
     * @param frameMs  the length of the frame
     * @param speech   whether the frame is speech
     * @return a reason when the utterance has ended, else null
     */
    Reason frame(int frameMs, boolean speech) {
        elapsedMs += frameMs;
        wordsStableMs += frameMs;
        if (speech) {
            heardSpeech = true;
            silenceMs = 0;
        } else {
            silenceMs += frameMs;
        }
        if (heardSpeech && silenceMs >= timing.trailingSilenceMs()) {
            return Reason.SILENCE;
        }
        if (timing.earlyEnd() && !words.isEmpty() && silenceMs > 0) {
            // A pause, not the closure of a stop consonant: "start a muffin timer" is complete, but "for twenty
            // three minutes" may follow after a gap of a frame or two.
            if (wordsStableMs >= timing.completeStableMs() && silenceMs >= timing.completeStableMs()
                    && commands.isComplete(words)) {
                return Reason.COMPLETE;
            }
            if (heardSpeech && silenceMs >= timing.phraseSilenceMs()) {
                if (isPhraseOrNearly()) {
                    return Reason.PHRASE;
                }
                if (isUnderstood()) {
                    return Reason.UNDERSTOOD;
                }
                if (!settleAsked && !CompleteCommands.endsWithDigit(words)) {
                    settleAsked = true;
                    if (settles.getAsBoolean()) {
                        return Reason.SETTLED;
                    }
                }
            }
        }
        if (!heardSpeech && elapsedMs >= timing.noSpeechMs()) {
            return Reason.NOTHING;
        }
        if (elapsedMs >= timing.maxUtteranceMs()) {
            return Reason.TOO_LONG;
        }
        return null;
    }

    private boolean isPhraseOrNearly() {
        if (phraseOrNearly == null) {
            phraseOrNearly = commands.isPhrase(words) || commands.isNearPhrase(words);
        }
        return phraseOrNearly;
    }

    private boolean isUnderstood() {
        if (understands == null) {
            // A dictated number may always go on ("five five five", pause, "one two three four").
            understands = !CompleteCommands.endsWithDigit(words) && understood.test(words);
        }
        return understands;
    }

    /** @param partial the recognizer's words so far */
    void words(String partial) {
        String normalized = Normalizer.normalize(partial);
        if (!normalized.equals(words)) {
            words = normalized;
            wordsStableMs = 0;
            phraseOrNearly = null;
            understands = null;
            settleAsked = false;
        }
    }

    /** @return milliseconds of audio seen so far */
    long elapsedMs() {
        return elapsedMs;
    }

    /** @return milliseconds of silence at the end so far */
    long trailingSilenceMs() {
        return silenceMs;
    }
}
