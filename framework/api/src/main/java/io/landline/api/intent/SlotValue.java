package io.landline.api.intent;

/**
 * The value of one slot of a recognized intent.
 *
 * @param text  the words that filled the slot, as heard
 * @param value the typed value; its Java type follows the slot's {@link SlotType.Kind}
 */
public record SlotValue(String text, Object value) {

    /**
     * @param text words that are also the value
     * @return a slot value whose value is its text
     */
    public static SlotValue ofText(String text) {
        return new SlotValue(text, text);
    }

    /**
     * @param <T>  the expected type
     * @param type the expected type
     * @return the value as that type
     * @throws ClassCastException if the value is of another type
     */
    public <T> T as(Class<T> type) {
        return type.cast(value);
    }
}
