/**
 * EventAdmin topics and property keys posted by the runtime for every stage of the pipeline.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package io.landline.api.event;
