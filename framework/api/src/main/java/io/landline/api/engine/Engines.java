package io.landline.api.engine;

/** Service properties every engine registers. */
public final class Engines {

    /** Service property naming an engine, for example {@code vosk}; configuration pins engines by it. */
    public static final String ENGINE_ID = "engine.id";

    private Engines() {
    }
}
