package io.landline.nlu.templates.internal;

import io.landline.api.intent.SlotType;
import io.landline.api.intent.SlotValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an intent's templates say after a free-text slot, up to their end: "on my shopping list" after "put {item}".
 * Free text that ends with such words took them from a sentence the speaker blended with another: in "jot down
 * avocados on my shopping list" only "jot down {item}" fits every word, and the item is "avocados". The words are
 * the sentence's, not the value's, so they are taken off the value. An intent's templates share one instance.
 */
final class TextTails {

    /** The most tails one template gives: its words after the slot, expanded. */
    private static final int PER_TEMPLATE = 64;

    /** By slot, the tails, longest first once {@link #add} is done. */
    private final Map<String, List<List<String>>> bySlot = new HashMap<>();

    /**
     * Collects the template's tails: the words after a free-text slot of its top level, when no other slot follows.
     *
     * @param types the intent's slot types; an undeclared slot is free text
     */
    void add(Template template, Map<String, SlotType> types) {
        if (!(template.root() instanceof Template.Sequence sequence)) {
            return;
        }
        List<Template.Node> items = sequence.items();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof Template.Slot slot && isText(types, slot.name())) {
                List<Template.Node> rest = items.subList(i + 1, items.size());
                if (rest.isEmpty() || rest.stream().anyMatch(TextTails::hasSlot)) {
                    return;
                }
                List<List<String>> tails = bySlot.computeIfAbsent(slot.name(), s -> new ArrayList<>());
                for (List<String> tail : Phrases.expand(new Template.Sequence(rest), types, PER_TEMPLATE)) {
                    if (!tail.isEmpty() && !tails.contains(tail)) {
                        tails.add(tail);
                    }
                }
                tails.sort(Comparator.comparingInt(tail -> -tail.size()));
                return;
            }
        }
    }

    /**
     * @return the slots, each free-text value that ends with a tail of its slot (and has words before it) without
     *         that tail; the same map when none does
     */
    Map<String, SlotValue> trim(Map<String, SlotValue> slots) {
        Map<String, SlotValue> out = null;
        for (Map.Entry<String, SlotValue> slot : slots.entrySet()) {
            List<List<String>> tails = bySlot.get(slot.getKey());
            if (tails == null) {
                continue;
            }
            List<String> words = Words.tokens(slot.getValue().text());
            for (List<String> tail : tails) {
                int keep = words.size() - tail.size();
                if (keep > 0 && words.subList(keep, words.size()).equals(tail)) {
                    if (out == null) {
                        out = new LinkedHashMap<>(slots);
                    }
                    out.put(slot.getKey(), SlotValue.ofText(String.join(" ", words.subList(0, keep))));
                    break;
                }
            }
        }
        return out == null ? slots : out;
    }

    private static boolean isText(Map<String, SlotType> types, String slot) {
        return types.getOrDefault(slot, SlotType.text()).kind() == SlotType.Kind.TEXT;
    }

    private static boolean hasSlot(Template.Node node) {
        if (node instanceof Template.Sequence sequence) {
            return sequence.items().stream().anyMatch(TextTails::hasSlot);
        }
        if (node instanceof Template.Alternatives alternatives) {
            return alternatives.options().stream().anyMatch(TextTails::hasSlot);
        }
        if (node instanceof Template.Optional optional) {
            return hasSlot(optional.inner());
        }
        return node instanceof Template.Slot;
    }
}
