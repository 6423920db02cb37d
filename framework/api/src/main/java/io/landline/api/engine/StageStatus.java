package io.landline.api.engine;

import java.util.List;
import java.util.Optional;

/**
 * The engines of one stage.
 *
 * @param stage     the stage
 * @param active    the engine in use, if any
 * @param available every registered engine, best first
 * @param pinned    the engine id configuration pins, if any
 */
public record StageStatus(Stage stage, Optional<EngineInfo> active, List<EngineInfo> available,
        Optional<String> pinned) {

    /** Copies the list. */
    public StageStatus {
        available = List.copyOf(available);
    }
}
