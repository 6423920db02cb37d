/**
 * The dialog service: the single entry point for text (console, HTTP, automations) and for spoken announcements.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.2.0")
package io.landline.api.dialog;
