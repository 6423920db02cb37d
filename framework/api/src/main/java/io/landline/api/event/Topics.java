package io.landline.api.event;

/**
 * EventAdmin topics the runtime posts, one per pipeline stage, and the property keys they carry. Every event
 * carries {@link #SITE} when it concerns a site. Events are posted asynchronously; handlers must not block.
 */
public final class Topics {

    /** Prefix of every Landline topic; subscribe to {@code landline/*} for all. */
    public static final String PREFIX = "landline/";

    /** A wake word was heard. Properties: {@link #SITE}, {@link #WORD}, {@link #OFFSET_MS}. */
    public static final String WAKE_DETECTED = "landline/wake/DETECTED";
    /** A partial transcript. Properties: {@link #SITE}, {@link #TEXT}. */
    public static final String TRANSCRIPT_PARTIAL = "landline/asr/PARTIAL";
    /** A final transcript. Properties: {@link #SITE}, {@link #TEXT}, {@link #ENGINE}. */
    public static final String TRANSCRIPT_FINAL = "landline/asr/FINAL";
    /**
     * An intent was recognized. Properties: {@link #SITE}, {@link #TEXT}, {@link #SKILL}, {@link #INTENT},
     * {@link #CONFIDENCE}, {@link #ENGINE}.
     */
    public static final String INTENT_RECOGNIZED = "landline/intent/RECOGNIZED";
    /** No intent matched. Properties: {@link #SITE}, {@link #TEXT}, {@link #ENGINE}. */
    public static final String INTENT_NOT_UNDERSTOOD = "landline/intent/NOT_UNDERSTOOD";
    /** A skill answered. Properties: {@link #SITE}, {@link #SKILL}, {@link #INTENT}, {@link #TEXT}. */
    public static final String SKILL_RESPONDED = "landline/skill/RESPONDED";
    /** The assistant said something. Properties: {@link #SITE}, {@link #TEXT}. */
    public static final String SPEECH_SAID = "landline/speech/SAID";
    /** A site started waiting for a reply (follow-up, slot or confirmation). Properties: {@link #SITE}. */
    public static final String DIALOG_WAITING = "landline/dialog/WAITING";
    /** A site's dialog ended. Properties: {@link #SITE}, {@link #REASON}. */
    public static final String DIALOG_ENDED = "landline/dialog/ENDED";
    /**
     * The active engine of a stage changed. Properties: {@link #STAGE}, {@link #ENGINE} (absent when none is
     * left), {@link #PREVIOUS} (absent when there was none).
     */
    public static final String ENGINE_CHANGED = "landline/engine/CHANGED";
    /** A problem was noticed. Properties: {@link #SOURCE}, {@link #MESSAGE}. */
    public static final String PROBLEM_REPORTED = "landline/problem/REPORTED";
    /** A problem went away: the file was fixed or removed. Properties: {@link #SOURCE}. */
    public static final String PROBLEM_CLEARED = "landline/problem/CLEARED";

    /**
     * A timer or alarm is due. Posted by the skill that owns the timer. Properties: {@link #SITE}, {@link #NAME}
     * (the timer's label, may be absent).
     *
     * @since 1.1
     */
    public static final String TIMER_DONE = "landline/timer/DONE";
    /**
     * Do-not-disturb was turned on or off. Properties: {@link #ENABLED}.
     *
     * @since 1.1
     */
    public static final String DND_CHANGED = "landline/dnd/CHANGED";
    /**
     * An automation rule ran. Properties: {@link #RULE}, {@link #OUTCOME}, {@link #MESSAGE}.
     *
     * @since 1.1
     */
    public static final String RULE_RAN = "landline/automation/RAN";

    /** The site (room or device). */
    public static final String SITE = "site";
    /** A text: a transcript, an utterance, a response. */
    public static final String TEXT = "text";
    /** A wake word. */
    public static final String WORD = "word";
    /** An offset into an audio stream, in milliseconds. */
    public static final String OFFSET_MS = "offset_ms";
    /** A skill id. */
    public static final String SKILL = "skill";
    /** An intent name. */
    public static final String INTENT = "intent";
    /** A confidence, 0..1, as a Double. */
    public static final String CONFIDENCE = "confidence";
    /** An engine id. */
    public static final String ENGINE = "engine";
    /** The previous engine id. */
    public static final String PREVIOUS = "previous";
    /** A stage key, as {@link io.landline.api.engine.Stage#key()}. */
    public static final String STAGE = "stage";
    /** Why something ended. */
    public static final String REASON = "reason";
    /** What a problem concerns. */
    public static final String SOURCE = "source";
    /** A message for users. */
    public static final String MESSAGE = "message";

    /** A name or label, for example of a timer. @since 1.1 */
    public static final String NAME = "name";
    /** Whether something is on, as a Boolean. @since 1.1 */
    public static final String ENABLED = "enabled";
    /** An automation rule's id. @since 1.1 */
    public static final String RULE = "rule";
    /** How a rule run ended: {@code ok}, {@code skipped} or {@code failed}. @since 1.1 */
    public static final String OUTCOME = "outcome";

    private Topics() {
    }
}
