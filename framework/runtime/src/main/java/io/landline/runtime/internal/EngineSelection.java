package io.landline.runtime.internal;

import io.landline.api.engine.EngineInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * The engines registered for one stage and which of them is active: the pinned one when it is present, else the
 * best by {@code service.ranking} (ties to the older service, as the OSGi registry orders them).
 *
 * <p>The pipeline reads {@link #active()} once per utterance into a local, so an utterance that is in flight
 * finishes on the engine it started with while the next one gets the new engine.
 *
 * @param <T> the engine's service type
 */
final class EngineSelection<T> {

    /** One registered engine. */
    record Candidate<T>(long serviceId, EngineInfo info, T engine) {
    }

    private static final Comparator<Candidate<?>> BEST_FIRST = Comparator
            .comparingInt((Candidate<?> c) -> c.info().ranking()).reversed()
            .thenComparingLong(Candidate::serviceId);

    private final List<Candidate<T>> candidates = new ArrayList<>();
    private final BiConsumer<Optional<String>, Optional<String>> onChange;
    private String pinned;
    private volatile Candidate<T> active;

    /** @param onChange told (previous id, new id) whenever the active engine changes */
    EngineSelection(BiConsumer<Optional<String>, Optional<String>> onChange) {
        this.onChange = onChange;
    }

    /** @return the active engine, if any */
    Optional<Candidate<T>> active() {
        return Optional.ofNullable(active);
    }

    synchronized void add(Candidate<T> candidate) {
        candidates.removeIf(c -> c.serviceId() == candidate.serviceId());
        candidates.add(candidate);
        candidates.sort(BEST_FIRST);
        reselect();
    }

    synchronized void remove(long serviceId) {
        candidates.removeIf(c -> c.serviceId() == serviceId);
        reselect();
    }

    /** @param engineId the engine to prefer whenever it is registered, or null to follow the ranking */
    synchronized void pin(String engineId) {
        pinned = engineId == null || engineId.isBlank() ? null : engineId.trim();
        reselect();
    }

    synchronized Optional<String> pinned() {
        return Optional.ofNullable(pinned);
    }

    /** @return whether an engine is pinned but not registered, so the ranking decides for now */
    synchronized boolean pinnedMissing() {
        return pinned != null && candidates.stream().noneMatch(c -> c.info().id().equals(pinned));
    }

    synchronized List<EngineInfo> available() {
        return candidates.stream().map(Candidate::info).toList();
    }

    private void reselect() {
        Candidate<T> next = candidates.stream()
                .filter(c -> c.info().id().equals(pinned))
                .findFirst()
                .orElse(candidates.isEmpty() ? null : candidates.get(0));
        Candidate<T> previous = active;
        active = next;
        if (previous == null ? next != null : next == null || previous.serviceId() != next.serviceId()) {
            onChange.accept(id(previous), id(next));
        }
    }

    private static Optional<String> id(Candidate<?> candidate) {
        return Optional.ofNullable(candidate).map(c -> c.info().id()).filter(Objects::nonNull);
    }
}
