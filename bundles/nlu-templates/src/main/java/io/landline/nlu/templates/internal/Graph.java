package io.landline.nlu.templates.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A template compiled to a word graph: states joined by word, slot and empty edges, every edge leading from a
 * lower-numbered state to a higher one, so matching is one pass of dynamic programming over (state, position).
 * State 0 is the start; {@link #end} the end.
 */
final class Graph {

    static final int EMPTY = 0;
    static final int WORD = 1;
    static final int SLOT = 2;

    /** A slot as compiled for one intent: its type and, for lists, the values by their normalised words. */
    record CompiledSlot(String name, io.landline.api.intent.SlotType type, Map<String, String> values, int maxWords) {
    }

    /** One edge. */
    record Edge(int kind, int to, String word, CompiledSlot slot) {
    }

    final Edge[][] out;
    final int end;
    /** Literal words, for choosing candidate templates quickly. */
    final Set<String> words;
    /** How many literal words a path must match at least, for the confidence. */
    final int minWords;

    private Graph(Edge[][] out, int end, Set<String> words, int minWords) {
        this.out = out;
        this.end = end;
        this.words = words;
        this.minWords = minWords;
    }

    static Graph compile(Template template, Map<String, CompiledSlot> slots) {
        Builder builder = new Builder(slots);
        int end = builder.node(template.root(), builder.newState());
        Edge[][] out = new Edge[builder.edges.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = builder.edges.get(i).toArray(Edge[]::new);
        }
        return new Graph(out, end, builder.words, minWords(template.root()));
    }

    private static int minWords(Template.Node node) {
        if (node instanceof Template.Sequence s) {
            return s.items().stream().mapToInt(Graph::minWords).sum();
        }
        if (node instanceof Template.Alternatives a) {
            return a.options().stream().mapToInt(Graph::minWords).min().orElse(0);
        }
        return node instanceof Template.Optional ? 0 : 1;
    }

    private static final class Builder {
        final List<List<Edge>> edges = new ArrayList<>();
        final Set<String> words = new TreeSet<>();
        final Map<String, CompiledSlot> slots;

        Builder(Map<String, CompiledSlot> slots) {
            this.slots = slots;
        }

        int newState() {
            edges.add(new ArrayList<>());
            return edges.size() - 1;
        }

        /** @return the state reached after the node, created after every state inside it */
        int node(Template.Node node, int from) {
            if (node instanceof Template.Word w) {
                int to = newState();
                edges.get(from).add(new Edge(WORD, to, w.word(), null));
                words.add(w.word());
                return to;
            }
            if (node instanceof Template.Slot s) {
                int to = newState();
                edges.get(from).add(new Edge(SLOT, to, null, slots.get(s.name())));
                return to;
            }
            if (node instanceof Template.Sequence s) {
                int at = from;
                for (Template.Node item : s.items()) {
                    at = node(item, at);
                }
                return at;
            }
            if (node instanceof Template.Optional o) {
                int inner = node(o.inner(), from);
                int to = newState();
                edges.get(from).add(new Edge(EMPTY, to, null, null));
                edges.get(inner).add(new Edge(EMPTY, to, null, null));
                return to;
            }
            Template.Alternatives a = (Template.Alternatives) node;
            List<Integer> ends = new ArrayList<>();
            for (Template.Node option : a.options()) {
                ends.add(node(option, from));
            }
            int to = newState();
            for (int e : ends) {
                edges.get(e).add(new Edge(EMPTY, to, null, null));
            }
            return to;
        }
    }
}
