package io.landline.api.engine;

/** The pipeline stages that have one active engine each. */
public enum Stage {
    /** Wake-word spotting ({@link io.landline.api.wake.WakeWordSpotter}). */
    WAKE_WORD("wake", "io.landline.api.wake.WakeWordSpotter"),
    /** Speech recognition ({@link io.landline.api.asr.SpeechRecognizer}). */
    SPEECH_RECOGNIZER("asr", "io.landline.api.asr.SpeechRecognizer"),
    /** Intent recognition ({@link io.landline.api.intent.IntentRecognizer}). */
    INTENT_RECOGNIZER("intent", "io.landline.api.intent.IntentRecognizer"),
    /** Speech synthesis ({@link io.landline.api.tts.SpeechSynthesizer}). */
    SPEECH_SYNTHESIZER("tts", "io.landline.api.tts.SpeechSynthesizer");

    private final String key;
    private final String serviceInterface;

    Stage(String key, String serviceInterface) {
        this.key = key;
        this.serviceInterface = serviceInterface;
    }

    /** @return the short name used in configuration ({@code intent.engine = exact}) and commands */
    public String key() {
        return key;
    }

    /** @return the service interface engines of this stage register */
    public String serviceInterface() {
        return serviceInterface;
    }
}
