/**
 * Intent recognition: text in, a named intent with typed slots and a confidence out. Skills declare the intents they handle as {@link io.landline.api.intent.IntentDefinition}s with sample sentences.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package io.landline.api.intent;
