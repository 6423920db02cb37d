/**
 * Streaming speech recognition with partial and final results and an optional phrase grammar.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.3.0")
package io.landline.api.asr;
