package io.landline.api.engine;

import io.landline.api.intent.IntentCatalog;
import java.util.List;

/** The runtime's view of itself, for the {@code engines} and {@code status} commands and the HTTP API. */
public interface RuntimeStatus {

    /** @return every stage with its active and available engines */
    List<StageStatus> engines();

    /** @return the installed skills, ordered by id */
    List<SkillInfo> skills();

    /** @return the current intent catalog */
    IntentCatalog catalog();

    /** @return current problems, oldest first */
    List<Problem> problems();
}
