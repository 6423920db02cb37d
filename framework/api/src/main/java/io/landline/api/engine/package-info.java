/**
 * Engines, the pipeline stages they serve, and the runtime's view of itself (active engines, skills, problems).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package io.landline.api.engine;
