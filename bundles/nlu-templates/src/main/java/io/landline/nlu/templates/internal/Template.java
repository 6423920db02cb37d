package io.landline.nlu.templates.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A parsed sentence template: words, optional parts {@code [please]}, alternatives {@code (turn | switch)} and
 * slots {@code {name}}. Templates come from skills, including scripts anyone can drop in, so parsing is bounded:
 * length, nesting depth and node count are limited and a template over a limit is rejected with a reason instead
 * of exhausting the stack or memory.
 */
final class Template {

    static final int MAX_LENGTH = 2_000;
    static final int MAX_DEPTH = 12;
    static final int MAX_NODES = 3_000;

    /** A template element. */
    sealed interface Node {
    }

    record Word(String word) implements Node {
    }

    record Slot(String name) implements Node {
    }

    record Sequence(List<Node> items) implements Node {
    }

    record Alternatives(List<Node> options) implements Node {
    }

    record Optional(Node inner) implements Node {
    }

    /** Why a template was rejected; the message is for the skill's author. */
    static final class TemplateException extends Exception {
        private static final long serialVersionUID = 1L;

        TemplateException(String message) {
            super(message);
        }
    }

    private final String source;
    private final Node root;
    private final Set<String> slots;

    private Template(String source, Node root, Set<String> slots) {
        this.source = source;
        this.root = root;
        this.slots = slots;
    }

    String source() {
        return source;
    }

    Node root() {
        return root;
    }

    /** @return the slot names used */
    Set<String> slots() {
        return slots;
    }

    /**
     * @param text a template
     * @return it parsed
     * @throws TemplateException when it is malformed or over a limit
     */
    static Template parse(String text) throws TemplateException {
        if (text == null || text.isBlank()) {
            throw new TemplateException("the template is empty");
        }
        if (text.length() > MAX_LENGTH) {
            throw new TemplateException("the template is longer than " + MAX_LENGTH + " characters");
        }
        Parser parser = new Parser(text);
        Node root = parser.alternatives(0);
        if (parser.pos < text.length()) {
            throw new TemplateException("unexpected '" + text.charAt(parser.pos) + "' at position " + (parser.pos + 1));
        }
        if (!parser.hasWord) {
            throw new TemplateException("the template has no words or slots");
        }
        return new Template(text, root, Set.copyOf(parser.slots));
    }

    private static final class Parser {
        final String text;
        int pos;
        int nodes;
        boolean hasWord;
        final List<String> slots = new ArrayList<>();

        Parser(String text) {
            this.text = text;
        }

        Node alternatives(int depth) throws TemplateException {
            if (depth > MAX_DEPTH) {
                throw new TemplateException("nesting deeper than " + MAX_DEPTH + " levels");
            }
            List<Node> options = new ArrayList<>();
            options.add(sequence(depth));
            while (pos < text.length() && text.charAt(pos) == '|') {
                pos++;
                options.add(sequence(depth));
            }
            return options.size() == 1 ? options.get(0) : count(new Alternatives(List.copyOf(options)));
        }

        Node sequence(int depth) throws TemplateException {
            List<Node> items = new ArrayList<>();
            while (pos < text.length()) {
                char c = text.charAt(pos);
                if (c == '|' || c == ')' || c == ']') {
                    break;
                }
                if (c == '[' && pos > 0 && Character.isLetter(text.charAt(pos - 1)) && !items.isEmpty()
                        && items.get(items.size() - 1) instanceof Word word) {
                    // A suffix glued to a word, "light[s]": the word with and without it.
                    int end = text.indexOf(']', pos);
                    String suffix = end < 0 ? "" : text.substring(pos + 1, end);
                    if (suffix.matches("[\\p{L}']+")) {
                        String bare = word.word();
                        items.set(items.size() - 1, count(new Alternatives(List.of(new Word(bare),
                                new Word(bare + Words.normalize(suffix))))));
                        pos = end + 1;
                        continue;
                    }
                }
                if (c == '(' || c == '[') {
                    pos++;
                    Node inner = alternatives(depth + 1);
                    char close = c == '(' ? ')' : ']';
                    if (pos >= text.length() || text.charAt(pos) != close) {
                        throw new TemplateException("'" + c + "' is not closed by '" + close + "'");
                    }
                    pos++;
                    items.add(c == '(' ? inner : count(new Optional(inner)));
                } else if (c == '{') {
                    int end = text.indexOf('}', pos);
                    if (end < 0) {
                        throw new TemplateException("'{' is not closed by '}'");
                    }
                    String name = text.substring(pos + 1, end).strip();
                    if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                        throw new TemplateException("'{" + name + "}' is not a slot name (letters, digits, _)");
                    }
                    pos = end + 1;
                    slots.add(name);
                    hasWord = true;
                    items.add(count(new Slot(name)));
                } else if (c == '}') {
                    throw new TemplateException("'}' without '{' at position " + (pos + 1));
                } else {
                    int start = pos;
                    while (pos < text.length() && "|()[]{}".indexOf(text.charAt(pos)) < 0) {
                        pos++;
                    }
                    for (String word : Words.tokens(text.substring(start, pos))) {
                        hasWord = true;
                        items.add(count(new Word(word)));
                    }
                }
            }
            return items.size() == 1 ? items.get(0) : count(new Sequence(List.copyOf(items)));
        }

        Node count(Node node) throws TemplateException {
            if (++nodes > MAX_NODES) {
                throw new TemplateException("more than " + MAX_NODES + " words and alternatives");
            }
            return node;
        }
    }
}
