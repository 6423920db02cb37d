/**
 * Automations: triggers that fire with data, and actions that run with that data. Both are services, so a bundle can add its own.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package io.landline.api.automation;
