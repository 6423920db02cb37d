/**
 * Speech synthesis.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.landline.api.tts;
