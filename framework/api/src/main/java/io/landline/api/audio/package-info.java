/**
 * Audio formats, sources and sinks. Everything inside the pipeline is 16 kHz mono 16-bit PCM ({@link io.landline.api.audio.AudioFormat#PCM_16K_MONO}); sources convert to it.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.2.0")
package io.landline.api.audio;
