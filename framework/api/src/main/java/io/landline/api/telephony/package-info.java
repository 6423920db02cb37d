/**
 * Telephony: calls, call events and contacts. Implemented by a telephony provider bundle such as the Asterisk one.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package io.landline.api.telephony;
