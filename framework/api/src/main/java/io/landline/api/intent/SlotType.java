package io.landline.api.intent;

import java.util.List;

/**
 * The kind of value a slot holds, and for lists the values it may take.
 *
 * <p>A free-text slot may carry examples: the values people often say (the items of a shopping list, the names
 * of kitchen timers). Any other text is still accepted; a speech recognizer in grammar mode expects the examples
 * as it expects the rest of a skill's sentences, and decodes other words without constraint.
 *
 * @param kind   what the slot holds
 * @param values for {@link Kind#LIST}, the allowed values; for {@link Kind#TEXT}, examples (lower case); empty
 *               otherwise
 */
public record SlotType(Kind kind, List<String> values) {

    /** What a slot can hold. Each kind says the Java type of {@link SlotValue#value()}. */
    public enum Kind {
        /** Free text ({@code String}). */
        TEXT,
        /** A number said in words or digits ({@code Long}). */
        NUMBER,
        /** A string of digits said one by one, for phone numbers ({@code String} of digits, {@code +*#}). */
        DIGITS,
        /** A length of time ({@code java.time.Duration}). */
        DURATION,
        /** A time of day ({@code java.time.LocalTime}). */
        TIME,
        /** A calendar date ({@code java.time.LocalDate}). */
        DATE,
        /** One of a list of values ({@code String}). */
        LIST
    }

    /** Copies the values. */
    public SlotType {
        values = List.copyOf(values);
    }

    /** @return a free-text slot type */
    public static SlotType text() {
        return new SlotType(Kind.TEXT, List.of());
    }

    /**
     * @param examples values people often say, lower case; other text is accepted too
     * @return a free-text slot type with examples
     * @since 1.1
     */
    public static SlotType text(List<String> examples) {
        return new SlotType(Kind.TEXT, examples);
    }

    /**
     * @param kind a kind other than {@link Kind#LIST}
     * @return a slot type of that kind
     */
    public static SlotType of(Kind kind) {
        return new SlotType(kind, List.of());
    }

    /**
     * @param values the allowed values
     * @return a list slot type
     */
    public static SlotType list(List<String> values) {
        return new SlotType(Kind.LIST, values);
    }
}
