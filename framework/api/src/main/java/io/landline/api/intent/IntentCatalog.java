package io.landline.api.intent;

import java.util.List;
import java.util.Optional;

/**
 * An immutable snapshot of every intent the installed skills declare. The runtime makes a new snapshot, with a
 * higher version, whenever a skill comes, goes or changes its intents; recognizers may cache work per version.
 *
 * @param version increases with every change
 * @param entries the intents with the skill that declares each
 */
public record IntentCatalog(long version, List<Entry> entries) {

    /** An empty catalog. */
    public static final IntentCatalog EMPTY = new IntentCatalog(0, List.of());

    /**
     * One declared intent.
     *
     * @param skillId the declaring skill's id
     * @param intent  the intent
     */
    public record Entry(String skillId, IntentDefinition intent) {
    }

    /** Copies the entries. */
    public IntentCatalog {
        entries = List.copyOf(entries);
    }

    /**
     * @param skillId a skill id
     * @param name    an intent name
     * @return the entry, if that skill declares that intent
     */
    public Optional<Entry> find(String skillId, String name) {
        return entries.stream()
                .filter(e -> e.skillId().equals(skillId) && e.intent().name().equals(name))
                .findFirst();
    }
}
