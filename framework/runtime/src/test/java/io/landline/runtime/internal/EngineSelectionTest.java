package io.landline.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.landline.api.engine.EngineInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EngineSelectionTest {

    private final List<String> changes = new ArrayList<>();
    private final EngineSelection<String> selection = new EngineSelection<>(
            (previous, next) -> changes.add(previous.orElse("-") + ">" + next.orElse("-")));

    private static EngineSelection.Candidate<String> engine(long serviceId, String id, int ranking) {
        return new EngineSelection.Candidate<>(serviceId, new EngineInfo(id, ranking, "bundle"), id);
    }

    private Optional<String> active() {
        return selection.active().map(EngineSelection.Candidate::engine);
    }

    @Test
    void highestRankingWinsAndRemovalFallsBack() {
        selection.add(engine(1, "exact", 0));
        selection.add(engine(2, "templates", 10));
        assertThat(active()).contains("templates");
        selection.remove(2);
        assertThat(active()).contains("exact");
        assertThat(changes).containsExactly("->exact", "exact>templates", "templates>exact");
    }

    @Test
    void equalRankingKeepsTheOlderService() {
        selection.add(engine(5, "first", 10));
        selection.add(engine(9, "second", 10));
        assertThat(active()).contains("first");
    }

    @Test
    void pinOverridesRankingAndMissingPinFallsBackToRanking() {
        selection.add(engine(1, "exact", 0));
        selection.add(engine(2, "templates", 10));
        selection.pin("exact");
        assertThat(active()).contains("exact");
        selection.pin("vosk");
        assertThat(active()).contains("templates");
        assertThat(selection.pinnedMissing()).isTrue();
        selection.add(engine(3, "vosk", -5));
        assertThat(active()).contains("vosk");
        assertThat(selection.pinnedMissing()).isFalse();
        selection.pin(" ");
        assertThat(active()).contains("templates");
    }

    @Test
    void rankingUpdateOfTheSameServiceReorders() {
        selection.add(engine(1, "a", 0));
        selection.add(engine(2, "b", 5));
        selection.add(engine(1, "a", 50));
        assertThat(active()).contains("a");
        assertThat(selection.available()).extracting(EngineInfo::id).containsExactly("a", "b");
    }

    @Test
    void noEngineLeftIsReported() {
        selection.add(engine(1, "only", 0));
        selection.remove(1);
        assertThat(active()).isEmpty();
        assertThat(changes).containsExactly("->only", "only>-");
    }
}
