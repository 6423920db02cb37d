package io.landline.api.engine;

import java.time.Instant;

/**
 * Something that does not work: a broken bundle, a malformed configuration file, a missing engine.
 *
 * @param source  what has the problem: a file name, a bundle, a component
 * @param message what is wrong, for users
 * @param at      when it was noticed
 */
public record Problem(String source, String message, Instant at) {
}
