/**
 * Wake-word spotting: a stream of audio in, detections of configured wake words out.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package io.landline.api.wake;
