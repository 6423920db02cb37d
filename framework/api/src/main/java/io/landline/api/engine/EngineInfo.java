package io.landline.api.engine;

/**
 * One engine registered for a stage.
 *
 * @param id      its {@code engine.id}
 * @param ranking its {@code service.ranking}
 * @param bundle  the symbolic name of the bundle that registered it
 */
public record EngineInfo(String id, int ranking, String bundle) {
}
