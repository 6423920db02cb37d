package io.landline.runtime.internal;

import io.landline.api.engine.Problem;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Current problems, one per source: a new report about a source replaces the old one, and a source that is
 * fixed or removed is cleared. Bounded, so a flood of reports cannot grow memory.
 */
final class Problems {

    static final int MAX = 100;

    private final Map<String, Problem> bySource = new LinkedHashMap<>();
    private final Clock clock;
    private final Consumer<Problem> onReport;
    private final Consumer<String> onClear;

    /**
     * @param clock    stamps reports
     * @param onReport told of every new report (to log and post it)
     */
    Problems(Clock clock, Consumer<Problem> onReport) {
        this(clock, onReport, source -> { });
    }

    /**
     * @param clock    stamps reports
     * @param onReport told of every new report (to log and post it)
     * @param onClear  told of every source whose problem went away
     */
    Problems(Clock clock, Consumer<Problem> onReport, Consumer<String> onClear) {
        this.clock = clock;
        this.onReport = onReport;
        this.onClear = onClear;
    }

    void report(String source, String message) {
        Problem problem = new Problem(source, message, clock.instant());
        synchronized (this) {
            Problem old = bySource.remove(source);
            bySource.put(source, problem);
            if (bySource.size() > MAX) {
                bySource.remove(bySource.keySet().iterator().next());
            }
            if (old != null && old.message().equals(message)) {
                return;
            }
        }
        onReport.accept(problem);
    }

    void clear(String source) {
        boolean had;
        synchronized (this) {
            had = bySource.remove(source) != null;
        }
        if (had) {
            onClear.accept(source);
        }
    }

    synchronized List<Problem> current() {
        return new ArrayList<>(bySource.values());
    }
}
